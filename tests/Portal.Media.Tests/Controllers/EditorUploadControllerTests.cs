using System.Net;
using Portal.Abstractions.Security;
using Portal.Testing;
using SkiaSharp;

namespace Portal.Media.Tests.Controllers;

[Collection(SharedSite.Name)]
public sealed class EditorUploadControllerTests(PortalFactory factory)
{
    [Fact]
    public async Task UploadingARealPng_StoresItWithSmallerThumbnailsAndAnswersInWangEditorsShape()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".png", "活动照片");
        var png = TestFiles.Png(1200, 800);

        var response = await admin.UploadAsync(name, png, alt: "志愿者在广场合影");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await MediaTestData.ReadJsonAsync(response);
        Assert.Equal(0, reply.GetProperty("errno").GetInt32());
        var data = reply.GetProperty("data");
        var file = await factory.FindByNameAsync(name);
        Assert.NotNull(file);
        Assert.Equal("/media/" + file.Path, data.GetProperty("url").GetString());
        Assert.Equal("/media/thumbs/320/" + file.Path, data.GetProperty("thumbnail").GetString());
        Assert.Equal("志愿者在广场合影", data.GetProperty("alt").GetString());
        Assert.Equal("", data.GetProperty("href").GetString());
        Assert.Equal(name, data.GetProperty("name").GetString());
        Assert.Equal("image", data.GetProperty("kind").GetString());
        Assert.Matches(@"^\d{4}/\d{2}/[a-z0-9]{16}\.png$", file.Path);
        Assert.Equal((1200, 800), (file.Width, file.Height));
        Assert.Equal(png, await File.ReadAllBytesAsync(factory.StoredFile(file.Path)));

        var thumbnail = await admin.GetAsync(data.GetProperty("thumbnail").GetString()!);
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/webp", thumbnail.Content.Headers.ContentType!.MediaType);
        var thumbnailBytes = await thumbnail.Content.ReadAsByteArrayAsync();
        using var decoded = SKBitmap.Decode(thumbnailBytes);
        Assert.Equal((320, 213), (decoded.Width, decoded.Height));
        Assert.True(thumbnailBytes.Length < png.Length);
    }

    [Fact]
    public async Task AJpegPhoto_KeepsJpegThumbnails()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var data = await admin.UploadOkAsync(TestFiles.Name(".jpg"), TestFiles.Jpeg(2000, 1500));

        var thumbnail = await admin.GetAsync(data.GetProperty("url").GetString()!.Replace("/media/", "/media/thumbs/960/"));
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        using var decoded = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((960, 720), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task ATextFileNamedPng_IsRefusedAndNothingIsSaved()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".png");
        var before = factory.StoredFiles();

        var response = await admin.UploadAsync(name, TestFiles.Text());

        await AssertRefusedAsync(response, "文件内容与扩展名 .png 不符");
        Assert.Null(await factory.FindByNameAsync(name));
        Assert.Equal(before, factory.StoredFiles());
    }

    [Fact]
    public async Task APngNamedPdf_IsRefusedSayingWhatItReallyIs()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".pdf");

        var response = await admin.UploadAsync(name, TestFiles.Png(40, 30));

        await AssertRefusedAsync(response, "文件内容与扩展名 .pdf 不符（实际是 PNG 图片）");
        Assert.Null(await factory.FindByNameAsync(name));
    }

    [Fact]
    public async Task AMinimalPdf_IsAcceptedAsADocument()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".pdf", "实施方案");

        var data = await admin.UploadOkAsync(name, TestFiles.Pdf());

        Assert.Equal("document", data.GetProperty("kind").GetString());
        Assert.Equal("", data.GetProperty("thumbnail").GetString());
        var file = await factory.FindByNameAsync(name);
        Assert.Equal("application/pdf", file!.ContentType);
        Assert.Null(file.Width);
    }

    [Fact]
    public async Task ADocxMadeOfItsParts_IsAccepted()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".docx", "简报第一期");

        await admin.UploadOkAsync(name, TestFiles.Docx());

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (await factory.FindByNameAsync(name))!.ContentType);
    }

    [Fact]
    public async Task AnXlsxNamedDocx_IsRefused()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".docx");

        var response = await admin.UploadAsync(name, TestFiles.Xlsx());

        await AssertRefusedAsync(response, "文件内容与扩展名 .docx 不符（实际是 Excel 表格（XLSX））");
        Assert.Null(await factory.FindByNameAsync(name));
    }

    [Fact]
    public async Task AnExecutable_IsRefusedByItsExtension()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.UploadAsync(TestFiles.Name(".exe"), TestFiles.Text());

        await AssertRefusedAsync(response, "不支持 .exe 文件");
    }

    [Fact]
    public async Task TheTokenInTheRequestVerificationTokenHeader_IsAccepted()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".pdf");

        var response = await admin.UploadAsync(name, TestFiles.Pdf(), tokenInHeader: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await factory.FindByNameAsync(name));
    }

    [Fact]
    public async Task AnUploadWithoutTheAntiforgeryToken_IsRefusedInTheEditorsShape()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".pdf");
        using var form = MediaTestData.Multipart("file", (name, TestFiles.Pdf()));

        var response = await admin.Http.PostAsync("/admin/media/upload", form);

        await AssertRefusedAsync(response, "页面已过期");
        Assert.Null(await factory.FindByNameAsync(name));
    }

    [Fact]
    public async Task AUserWithoutTheUploadPermission_IsForbidden()
    {
        var (userName, _) = await factory.CreateUserAsync(MediaTestData.Password, RoleNames.Staff);
        using var staff = await factory.CreateClientAsAsync(userName, MediaTestData.Password);
        using var form = MediaTestData.Multipart("file", (TestFiles.Name(".pdf"), TestFiles.Pdf()));

        var response = await staff.Http.PostAsync("/admin/media/upload", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousUpload_IsSentToSignIn()
    {
        using var visitor = factory.CreatePortalClient();
        using var form = MediaTestData.Multipart("file", (TestFiles.Name(".pdf"), TestFiles.Pdf()));

        var response = await visitor.Http.PostAsync("/admin/media/upload", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reply = await MediaTestData.ReadJsonAsync(response);
        Assert.Equal(1, reply.GetProperty("errno").GetInt32());
        Assert.Contains(message, reply.GetProperty("message").GetString());
        Assert.False(reply.TryGetProperty("data", out _));
    }
}
