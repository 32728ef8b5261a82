using System.Net;
using Portal.Abstractions.Security;
using Portal.Media.Services;
using Portal.Testing;

namespace Portal.Media.Tests.Controllers;

[Collection(SharedSite.Name)]
public sealed class MediaControllerTests(PortalFactory factory)
{
    [Fact]
    public async Task TheLibrary_IsInTheAdminMenuAndListsAnUploadedImageWithItsThumbnail()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".png", "文明实践");
        await admin.UploadOkAsync(name, TestFiles.Png(400, 300), alt: "文艺演出");
        var file = await factory.FindByNameAsync(name);

        var page = await admin.GetPageAsync("/admin/media?q=" + Uri.EscapeDataString(name));

        Assert.Contains("媒体库", page.MenuLinks());
        var item = Assert.Single(page.QuerySelectorAll(".media-grid .media-item"));
        Assert.Contains(name, item.TextContent);
        Assert.Equal("/media/thumbs/320/" + file!.Path, item.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("文艺演出", item.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task FilteringByKind_ShowsDocumentsInTheTableAndNoImages()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var stem = "筛选" + Guid.NewGuid().ToString("N")[..6];
        await admin.UploadOkAsync(stem + "图.png", TestFiles.Png(40, 30));
        await admin.UploadOkAsync(stem + "表.xlsx", TestFiles.Xlsx());

        var page = await admin.GetPageAsync($"/admin/media?kind=document&q={Uri.EscapeDataString(stem)}");

        Assert.Empty(page.QuerySelectorAll(".media-grid .media-item"));
        var row = Assert.Single(page.QuerySelectorAll("table.media-documents tbody tr"));
        Assert.Contains(stem + "表.xlsx", row.TextContent);
    }

    [Fact]
    public async Task TheUploadForm_SavesEachFileAndReportsTheRefusedOnes()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var good = TestFiles.Name(".docx", "通知");
        var bad = TestFiles.Name(".jpg", "假图");
        var token = await admin.AntiforgeryTokenAsync("/admin/media");
        using var form = MediaTestData.Multipart("files", (good, TestFiles.Docx()), (bad, TestFiles.Pdf()));
        form.Add(new StringContent(token), "__RequestVerificationToken");

        var response = await admin.Http.PostAsync("/admin/media", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.FollowAsync(response);
        Assert.Contains(good, page.Successes());
        Assert.Contains("文件内容与扩展名 .jpg 不符", page.Errors());
        Assert.NotNull(await factory.FindByNameAsync(good));
        Assert.Null(await factory.FindByNameAsync(bad));
    }

    [Fact]
    public async Task EditingTheAltText_SavesIt()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".png");
        await admin.UploadOkAsync(name, TestFiles.Png(40, 30));
        var file = await factory.FindByNameAsync(name);

        var response = await admin.SubmitFormAsync($"/admin/media/{file!.Id}", "form.media-alt", new Dictionary<string, string> { ["alt"] = "新时代文明实践站外景" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("新时代文明实践站外景", (await factory.FindByNameAsync(name))!.Alt);
    }

    [Fact]
    public async Task DeletingAfterConfirmation_RemovesTheRowTheOriginalAndItsThumbnails()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".png");
        var url = (await admin.UploadOkAsync(name, TestFiles.Png(500, 400))).GetProperty("url").GetString()!;
        var file = (await factory.FindByNameAsync(name))!;
        var paths = MediaService.StoredPaths(file).ToList();
        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.True(File.Exists(factory.StoredFile(p)), p));

        var confirm = await admin.GetPageAsync($"/admin/media/{file.Id}/delete");
        Assert.Contains("确定要删除", confirm.QuerySelector(".alert-error")!.TextContent);
        var response = await admin.SubmitFormAsync($"/admin/media/{file.Id}/delete", "form.media-delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await factory.FindByNameAsync(name));
        Assert.All(paths, p => Assert.False(File.Exists(factory.StoredFile(p)), p));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AnAuthor_SeesAndDeletesOnlyTheirOwnUploads()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var stem = "作者" + Guid.NewGuid().ToString("N")[..6];
        await admin.UploadOkAsync(stem + "管理员.pdf", TestFiles.Pdf());
        var (userName, _) = await factory.CreateUserAsync(MediaTestData.Password, RoleNames.Author);
        using var author = await factory.CreateClientAsAsync(userName, MediaTestData.Password);
        await author.UploadOkAsync(stem + "自己.pdf", TestFiles.Pdf());
        var others = (await factory.FindByNameAsync(stem + "管理员.pdf"))!;

        var page = await author.GetPageAsync("/admin/media?q=" + Uri.EscapeDataString(stem));
        var open = await author.GetAsync($"/admin/media/{others.Id}/delete");
        var token = await author.AntiforgeryTokenAsync("/admin/media");
        var delete = await author.Http.PostAsync($"/admin/media/{others.Id}/delete",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var names = page.QuerySelectorAll("table.media-documents tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(names);
        Assert.Contains(stem + "自己.pdf", names[0]);
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.NotNull(await factory.FindByNameAsync(stem + "管理员.pdf"));
    }

    [Fact]
    public async Task StaffWithoutMediaPermissions_CannotOpenTheLibrary()
    {
        var (userName, _) = await factory.CreateUserAsync(MediaTestData.Password, RoleNames.Staff);
        using var staff = await factory.CreateClientAsAsync(userName, MediaTestData.Password);

        var response = await staff.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
