using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Media.Contracts;
using Portal.Testing;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Hours;

/// <summary>Photos a volunteer sends with a claim (补录): checked, stored privately, seen only by the claimant and the unit's reviewers.</summary>
[Collection(SharedSite.Name)]
public sealed class EvidencePhotoTests(PortalFactory factory)
{
    private const string ClaimPage = "/volunteers/hours/claim";

    private static UploadFile Photo(string name, byte[] data) => new(HoursEndpoints.PhotosField, name, data);

    private async Task<(HttpResponseMessage Response, string Message)> SubmitAsync(TestVolunteer volunteer, IReadOnlyList<UploadFile> photos,
        string hours = "2")
    {
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);
        var response = await client.SubmitFormAsync(ClaimPage, "form.claim-form", HoursTestData.ClaimForm(HoursTestData.Today.AddDays(-1), hours), photos);
        var page = await PortalClient.ParseAsync(response);
        return (response, page.QuerySelector(".form-error")?.TextContent.Trim() ?? "");
    }

    private Task<List<HoursEntry>> EntriesAsync(TestVolunteer volunteer)
        => factory.WithVolunteersAsync(db => db.HoursEntries.Where(e => e.VolunteerId == volunteer.Id).ToListAsync());

    private IReadOnlySet<string> PrivateFiles()
    {
        var root = Path.Combine(factory.AppData, "media", "private");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToHashSet() : new HashSet<string>();
    }

    /// <summary>A volunteer of station A with a claim carrying a PNG and a JPEG.</summary>
    private async Task<(TestVolunteer Volunteer, HoursEntry Entry, byte[] Png)> ClaimWithPhotosAsync()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var png = TestFiles.Png(320, 240);
        var (response, message) = await SubmitAsync(volunteer, [Photo("现场.png", png), Photo("合影.jpg", TestFiles.Jpeg(1200, 800))]);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, message);
        return (volunteer, Assert.Single(await EntriesAsync(volunteer)), png);
    }

    [Fact]
    public async Task Claim_WithPhotos_KeepsThemPrivately_AndShowsThemToTheClaimant()
    {
        var (volunteer, entry, png) = await ClaimWithPhotosAsync();

        Assert.Equal(2, entry.Evidence.Count);
        Assert.All(entry.Evidence, path => Assert.StartsWith("private/volunteers/", path));
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);
        var original = await client.GetAsync(HoursRoutes.EvidenceUrl(entry.Id, 0));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/png", original.Content.Headers.ContentType!.MediaType);
        Assert.True(original.Headers.CacheControl!.NoStore);
        Assert.Equal(png, await original.Content.ReadAsByteArrayAsync());
        var thumbnail = await client.GetAsync(HoursRoutes.EvidenceUrl(entry.Id, 1, EvidencePhotos.ThumbnailWidth));
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        Assert.True((await thumbnail.Content.ReadAsByteArrayAsync()).Length < TestFiles.Jpeg(1200, 800).Length);

        var claims = await client.GetPageAsync(ClaimPage);
        var links = claims.QuerySelectorAll(".claims-table .evidence-photos a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([HoursRoutes.EvidenceUrl(entry.Id, 0), HoursRoutes.EvidenceUrl(entry.Id, 1)], links);
        var mine = await client.GetPageAsync("/volunteers/me");
        Assert.Equal(HoursRoutes.EvidenceUrl(entry.Id, 0, EvidencePhotos.ThumbnailWidth),
            mine.QuerySelector(".mine-table .evidence-photos img")?.GetAttribute("src"));
    }

    [Fact]
    public async Task APhoto_IsShownToStaffOfTheVolunteersUnit_OnTheReviewPage()
    {
        var (_, entry, png) = await ClaimWithPhotosAsync();
        using var staff = await factory.CreateStaffAsync(VolunteersTestData.StationA);

        var review = await staff.GetPageAsync($"/admin/volunteers/hours/{entry.Id}");

        var photos = review.QuerySelectorAll(".hours-evidence a").ToList();
        Assert.Equal(2, photos.Count);
        Assert.Equal(HoursRoutes.EvidenceUrl(entry.Id, 0), photos[0].GetAttribute("href"));
        Assert.Equal(HoursRoutes.EvidenceUrl(entry.Id, 0, EvidencePhotos.ThumbnailWidth), photos[0].QuerySelector("img")!.GetAttribute("src"));
        var response = await staff.GetAsync(HoursRoutes.EvidenceUrl(entry.Id, 0));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task APhoto_IsNotFoundForAnyoneElse()
    {
        var (_, entry, _) = await ClaimWithPhotosAsync();
        var other = await factory.CreateVolunteerAsync();
        using var anonymous = factory.CreatePortalClient();
        using var otherVolunteer = await factory.CreateClientAsAsync(other.UserName, VolunteersTestData.Password);
        using var otherStation = await factory.CreateStaffAsync(VolunteersTestData.StationB);

        foreach (var client in new[] { anonymous, otherVolunteer, otherStation })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(HoursRoutes.EvidenceUrl(entry.Id, 0))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(HoursRoutes.EvidenceUrl(entry.Id, 0, EvidencePhotos.ThumbnailWidth))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(MediaUrls.Original(entry.Evidence[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStation.GetAsync($"/admin/volunteers/hours/{entry.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public async Task APhotoNumberTheClaimDoesNotHave_IsNotFound(int index)
    {
        var (volunteer, entry, _) = await ClaimWithPhotosAsync();
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(HoursRoutes.EvidenceUrl(entry.Id, index))).StatusCode);
    }

    /// <summary>Photos for a refused claim: each set has good photos besides, which must not be kept either.</summary>
    private static List<UploadFile> PhotosFor(string problem)
    {
        var good = Photo("现场.png", TestFiles.Png(320, 240));
        return problem switch
        {
            "content" => [good, Photo("不是照片.jpg", TestFiles.Text())],
            "document" => [good, Photo("证明.pdf", TestFiles.Pdf())],
            "ten" => Enumerable.Range(1, HoursLedger.MaxEvidence + 1).Select(i => Photo($"现场{i}.png", TestFiles.Png(64, 48))).ToList(),
            _ => [good],
        };
    }

    [Theory]
    [InlineData("content", "2", "“不是照片.jpg”：文件内容与扩展名 .jpg 不符")]
    [InlineData("document", "2", "“证明.pdf” 不是图片")]
    [InlineData("ten", "2", "证明照片最多 9 张")]
    [InlineData("over the daily cap", "13", "每天的服务时长不能超过")]
    public async Task Claim_WithABadPhoto_TooManyPhotos_OrOverTheCap_IsRefusedWithAMessage_AndKeepsNoPhoto(string problem, string hours, string expected)
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var before = PrivateFiles();

        var (response, message) = await SubmitAsync(volunteer, PhotosFor(problem), hours);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, message);
        Assert.DoesNotContain("现场", message);
        Assert.Empty(await EntriesAsync(volunteer));
        Assert.Equal(before, PrivateFiles());
    }
}
