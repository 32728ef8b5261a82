using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Testing;
using Portal.Volunteers.Registration;

namespace Portal.Volunteers.Tests.Registration;

[Collection(SharedSite.Name)]
public sealed class PersonalDataTests(PortalFactory factory)
{
    [Fact]
    public async Task TheDatabase_HoldsNoPlaintextOfTheIdNumberMobileOrAddress()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        // An emergency phone of its own: the sample units' public phones are 0510-8686xxxx.
        var emergencyPhone = "0510-8" + Random.Shared.Next(0, 10_000_000).ToString("D7");
        var form = RegistrationTestData.ValidForm(station.Id).With("Address", "江苏省江阴市澄江街道秘密路17号3幢").With("EmergencyContactPhone", emergencyPhone);
        var volunteer = await factory.RegisterVolunteerAsync(form);
        var secrets = new[] { form.Value("IdNumber"), form.Value("Mobile"), form.Value("Address"), emergencyPhone };
        // The record is there, masked.
        Assert.Equal(form.Value("IdNumber")[..4], volunteer.IdNumberMasked[..4]);

        Assert.Empty(await PlaintextScan.FindAsync(factory, "Volunteers_", volunteer.Number, secrets));
    }

    [Fact]
    public async Task AFullRead_NeedsThePermission_AndIsAudited()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var staff = await factory.CreateStaffAsync(station.Id, Permissions.ManageVolunteers);
        var form = RegistrationTestData.ValidForm(station.Id);
        var volunteer = await factory.RegisterVolunteerAsync(form);

        var staffPage = await staff.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.Null(staffPage.QuerySelector("form.personal-data-form"));
        var forged = await staff.PostWithTokenAsync($"/admin/volunteers/{volunteer.Id}", $"/admin/volunteers/{volunteer.Id}/personal-data");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(0, await ReadsAsync(volunteer.Id));

        var adminPage = await admin.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.DoesNotContain(form.Value("IdNumber"), adminPage.Body!.InnerHtml);
        var full = await admin.SubmitAsync(adminPage.QuerySelector<IHtmlFormElement>("form.personal-data-form")!);

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.True(full.Headers.CacheControl?.NoStore);
        var shown = await PortalClient.ParseAsync(full);
        Assert.Equal(form.Value("IdNumber"), shown.QuerySelector(".id-number")!.TextContent);
        Assert.Equal(form.Value("Mobile"), shown.QuerySelector(".mobile")!.TextContent);
        Assert.Equal(form.Value("Address"), shown.QuerySelector(".address")!.TextContent);
        Assert.Equal("0510-86860000", shown.QuerySelector(".emergency-phone")!.TextContent);
        Assert.Equal(1, await ReadsAsync(volunteer.Id));

        var after = await admin.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.Contains("admin", after.QuerySelector(".personal-data-reads tbody")!.TextContent);
    }

    [Fact]
    public async Task StaffWithThePermission_ReadOnlyTheirOwnUnitsVolunteers()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var stationA = await factory.CreateStationAsync(admin);
        var stationB = await factory.CreateStationAsync(admin);
        using var staffA = await factory.CreateStaffAsync(stationA.Id, Permissions.ManageVolunteers, Permissions.ReadVolunteerPersonalData);
        var ofA = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(stationA.Id));
        var ofB = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(stationB.Id));

        var own = await staffA.PostWithTokenAsync($"/admin/volunteers/{ofA.Id}", $"/admin/volunteers/{ofA.Id}/personal-data");
        var other = await staffA.PostWithTokenAsync($"/admin/volunteers/{ofA.Id}", $"/admin/volunteers/{ofB.Id}/personal-data");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(1, await ReadsAsync(ofA.Id));
        Assert.Equal(0, await ReadsAsync(ofB.Id));
    }

    private async Task<int> ReadsAsync(int volunteerId)
        => (await factory.WithScopeAsync(sp => sp.GetRequiredService<IPersonalDataReads>().ListAsync(VolunteerPersonalData.Kind, VolunteerPersonalData.Id(volunteerId)))).Count;
}
