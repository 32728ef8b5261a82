using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Media.Contracts;
using Portal.Testing;
using Portal.Volunteers.Hours;

namespace Portal.Volunteers.Tests.Hours;

/// <summary>The media library is optional: with it switched off, claims take no photos but still work without them.</summary>
public sealed class EvidenceWithoutMediaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WithMediaSwitchedOff_TheFormHasNoPhotoInput_APhotoIsRefused_AndAClaimWithoutPhotosIsSaved()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        using var client = await factory.SignInAsync(volunteer);
        Assert.NotNull((await client.GetPageAsync("/volunteers/hours/claim")).QuerySelector($"input[type=file][name={HoursEndpoints.PhotosField}]"));
        var off = await factory.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(MediaFeature.Id));
        Assert.True(off.Succeeded, off.Refusal);

        var form = await client.GetPageAsync("/volunteers/hours/claim");
        var refused = await client.SubmitFormAsync("/volunteers/hours/claim", "form.claim-form", HoursTestData.ClaimForm(HoursTestData.Today.AddDays(-1), "2"),
            [new UploadFile(HoursEndpoints.PhotosField, "现场.png", TestFiles.Png(64, 48))]);
        var entriesAfterRefusal = await factory.WithVolunteersAsync(db => db.HoursEntries.CountAsync(e => e.VolunteerId == volunteer.Id));
        var saved = await client.SubmitFormAsync("/volunteers/hours/claim", "form.claim-form", HoursTestData.ClaimForm(HoursTestData.Today.AddDays(-1), "2"));

        Assert.Null(form.QuerySelector("input[type=file]"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("网站未启用媒体库", (await PortalClient.ParseAsync(refused)).QuerySelector(".form-error")?.TextContent);
        Assert.Equal(0, entriesAfterRefusal);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Empty(Assert.Single(await factory.WithVolunteersAsync(db => db.HoursEntries.Where(e => e.VolunteerId == volunteer.Id).ToListAsync())).Evidence);
    }
}
