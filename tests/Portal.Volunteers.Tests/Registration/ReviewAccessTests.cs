using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Registration;

[Collection(SharedSite.Name)]
public sealed class ReviewAccessTests(PortalFactory factory)
{
    [Fact]
    public async Task StaffOfOneStation_CannotListOpenOrDecideOnAVolunteerOfAnother_ButAnAdministratorCan()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var stationA = await factory.CreateStationAsync(admin);
        var stationB = await factory.CreateStationAsync(admin);
        using var staffA = await factory.CreateStaffAsync(stationA.Id, Permissions.ManageVolunteers);
        var ofA = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(stationA.Id));
        var ofB = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(stationB.Id));

        var list = await staffA.GetPageAsync("/admin/volunteers");
        var numbers = list.QuerySelectorAll(".volunteer-list td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(ofA.Number, numbers);
        Assert.DoesNotContain(ofB.Number, numbers);
        var filtered = await staffA.GetPageAsync($"/admin/volunteers?unit={stationB.Id}");
        Assert.DoesNotContain(ofB.Number, filtered.QuerySelectorAll(".volunteer-list td:first-child").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain(stationB.Name, list.QuerySelectorAll("#unit option").Select(o => o.TextContent.Trim()));

        Assert.Equal(HttpStatusCode.NotFound, (await staffA.GetAsync($"/admin/volunteers/{ofB.Id}")).StatusCode);
        var ownPage = await staffA.GetPageAsync($"/admin/volunteers/{ofA.Id}");
        var approveForm = ownPage.QuerySelector<IHtmlFormElement>("form.approve-form")!;
        approveForm.Action = $"/admin/volunteers/{ofB.Id}/approve";
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.SubmitAsync(approveForm, new Dictionary<string, string> { ["version"] = ofB.Version.ToString() })).StatusCode);
        Assert.Equal(VolunteerStatus.Pending, (await factory.FindVolunteerAsync(ofB.Id))!.Status);

        var adminList = await admin.GetPageAsync("/admin/volunteers");
        Assert.Contains(ofB.Number, adminList.QuerySelectorAll(".volunteer-list td:first-child").Select(td => td.TextContent.Trim()));
        var adminPage = await admin.GetPageAsync($"/admin/volunteers/{ofB.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(adminPage.QuerySelector<IHtmlFormElement>("form.approve-form")!)).StatusCode);
        Assert.Equal(VolunteerStatus.Approved, (await factory.FindVolunteerAsync(ofB.Id))!.Status);
    }

    [Fact]
    public async Task StaffOfAnInstitute_SeeTheVolunteersOfItsStations()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var instituteStaff = await factory.CreateStaffAsync(station.ParentId!.Value, Permissions.ManageVolunteers);
        var volunteer = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id));

        var list = await instituteStaff.GetPageAsync($"/admin/volunteers?unit={station.Id}&status=Pending");

        Assert.Contains(volunteer.Number, list.QuerySelectorAll(".volunteer-list td:first-child").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task TheList_FiltersByStatusAndSearch_AndShowsOnlyMaskedData()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id).With("RealName", "赵筛选");
        var volunteer = await factory.RegisterVolunteerAsync(form);
        var other = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id));

        var page = await admin.GetPageAsync($"/admin/volunteers?unit={station.Id}&q=赵筛选");
        var rows = page.QuerySelectorAll(".volunteer-list tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains(volunteer.IdNumberMasked, rows[0].TextContent);
        Assert.Contains(volunteer.MobileMasked, rows[0].TextContent);
        Assert.DoesNotContain(form.Value("IdNumber"), page.Body!.InnerHtml);
        Assert.DoesNotContain(form.Value("Mobile"), page.Body!.InnerHtml);

        var byNumber = await admin.GetPageAsync($"/admin/volunteers?q={other.Number.ToLowerInvariant()}");
        Assert.Single(byNumber.QuerySelectorAll(".volunteer-list tbody tr"));
        var approvedOnly = await admin.GetPageAsync($"/admin/volunteers?unit={station.Id}&status=Approved");
        Assert.Empty(approvedOnly.QuerySelectorAll(".volunteer-list tbody tr"));
    }

    [Fact]
    public async Task UsersWithoutTheReviewPermission_AreRefused()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var volunteer = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id));
        var (userName, _) = await factory.CreateUserAsync(VolunteersTestData.Password, Portal.Abstractions.Security.RoleNames.Editor);
        using var editor = await factory.CreateClientAsAsync(userName, VolunteersTestData.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/volunteers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/volunteers/{volunteer.Id}")).StatusCode);
    }
}
