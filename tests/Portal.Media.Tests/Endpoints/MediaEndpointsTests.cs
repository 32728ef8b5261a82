using System.Net;
using Portal.Testing;

namespace Portal.Media.Tests.Endpoints;

[Collection(SharedSite.Name)]
public sealed class MediaEndpointsTests(PortalFactory factory)
{
    [Fact]
    public async Task AnUploadedImage_IsServedToVisitorsWithItsTypeNosniffLongCachingAndAnETag()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var png = TestFiles.Png(64, 48);
        var url = (await admin.UploadOkAsync(TestFiles.Name(".png"), png)).GetProperty("url").GetString()!;
        using var visitor = factory.CreatePortalClient();

        var response = await visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ARequestWithTheSameETag_AnswersNotModified()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var url = (await admin.UploadOkAsync(TestFiles.Name(".png"), TestFiles.Png(64, 48))).GetProperty("url").GetString()!;
        var first = await admin.GetAsync(url);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await admin.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task ADocument_DownloadsAsAnAttachmentUnderItsChineseName()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".pdf", "志愿服务记录证明");
        var url = (await admin.UploadOkAsync(name, TestFiles.Pdf())).GetProperty("url").GetString()!;

        var response = await factory.CreatePortalClient().GetAsync(url);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", string.Join("", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/media/../../portal.db")]
    [InlineData("/media/..%2F..%2Fportal.db")]
    [InlineData("/media/%2e%2e/%2e%2e/portal.db")]
    [InlineData("/media/2026/11/..%2F..%2F..%2Fportal.db")]
    [InlineData("/media/thumbs/320/..%2F..%2F..%2Fportal.db")]
    [InlineData("/media/2026/11/abcdefghijklmnop.png")]
    [InlineData("/media/")]
    public async Task APathThatIsNotAnUpload_AnswersNotFound(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AThumbnailOfAWidthNotMade_OrOfADocument_AnswersNotFound()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var image = (await admin.UploadOkAsync(TestFiles.Name(".png"), TestFiles.Png(64, 48))).GetProperty("url").GetString()!;
        var document = (await admin.UploadOkAsync(TestFiles.Name(".pdf"), TestFiles.Pdf())).GetProperty("url").GetString()!;

        var odd = await admin.GetAsync(image.Replace("/media/", "/media/thumbs/500/"));
        var ofDocument = await admin.GetAsync(document.Replace("/media/", "/media/thumbs/320/"));
        var small = await admin.GetAsync(image.Replace("/media/", "/media/thumbs/960/"));

        Assert.Equal(HttpStatusCode.NotFound, odd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ofDocument.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }
}
