using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using System.Net;
using Portal.Abstractions.Security;
using Portal.Testing;

namespace Portal.Contents.Tests.Controllers;

[Collection(SharedSite.Name)]
public sealed class ContentsControllerTests(PortalFactory factory)
{
    private const string Password = "Portal-test-2026";

    private static Dictionary<string, string> Article(string title, string submit = "draft", string body = "<p>正文</p>") => new()
    {
        ["TitlePart.Title"] = title, ["HtmlBodyPart.Html"] = body, ["submit"] = submit,
    };

    private async Task<(PortalClient Client, string UserName)> SignInAsync(string role)
    {
        var (userName, _) = await factory.CreateUserAsync(Password, role);
        return (await factory.CreateClientAsAsync(userName, Password), userName);
    }

    [Fact]
    public async Task Author_PublishesOwnItem_ButCannotOpenAnothersItem()
    {
        var type = await factory.CreateArticleTypeAsync();
        var (author, _) = await SignInAsync(RoleNames.Author);
        var (other, _) = await SignInAsync(RoleNames.Author);

        var saved = await author.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("作者自己的文章", "publish"));
        var id = saved.SavedItemId();

        Assert.True((await factory.LatestAsync(id))!.Published);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/contents/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Contributor_SavesDrafts_ButPublishingIsForbidden()
    {
        var type = await factory.CreateArticleTypeAsync();
        var (contributor, _) = await SignInAsync(RoleNames.Contributor);

        var editor = await contributor.GetPageAsync($"/admin/contents/new/{type}");
        Assert.Null(editor.QuerySelector("button[value='publish']"));
        var draft = await contributor.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("投稿草稿"));
        var publish = await contributor.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("想直接发布", "publish"));

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.False((await factory.LatestAsync(draft.SavedItemId()))!.Published);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Editor_EditsAndPublishesAnAuthorsItem()
    {
        var type = await factory.CreateArticleTypeAsync();
        var (author, _) = await SignInAsync(RoleNames.Author);
        var (editor, _) = await SignInAsync(RoleNames.Editor);
        var id = (await author.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("待审稿件"))).SavedItemId();

        var response = await editor.SubmitFormAsync($"/admin/contents/{id}/edit", "form.content-editor", Article("编辑改过的稿件", "publish"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = (await factory.LatestAsync(id))!;
        Assert.Equal("编辑改过的稿件", item.DisplayText);
        Assert.True(item.Published);
    }

    [Fact]
    public async Task StaleEdit_IsRefusedWithAMessage_AndTheOtherEditIsKept()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("原稿"))).SavedItemId();
        var first = await admin.GetPageAsync($"/admin/contents/{id}/edit");
        var second = await admin.GetPageAsync($"/admin/contents/{id}/edit");

        var firstSave = await admin.SubmitAsync(first.QuerySelector<IHtmlFormElement>("form.content-editor")!, Article("甲的修改"));
        var secondSave = await admin.SubmitAsync(second.QuerySelector<IHtmlFormElement>("form.content-editor")!, Article("乙的修改"));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Contains("已不是最新版本", (await PortalClient.ParseAsync(secondSave)).Errors());
        Assert.Equal("甲的修改", (await factory.LatestAsync(id))!.DisplayText);
    }

    [Fact]
    public async Task BadDateAndNumber_GetMessagesNextToTheFields_AndNothingIsSaved()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var values = Article("日期错误的文章");
        values["Fields.EventDate"] = "2026-13-45";
        values["Fields.Seats"] = "三十";

        var response = await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("名额应为数字", page.QuerySelector("[data-valmsg-for='Fields.Seats']")!.TextContent);
        var list = await admin.GetPageAsync($"/admin/contents?type={type}");
        Assert.DoesNotContain("日期错误的文章", list.Body!.TextContent);
    }

    [Fact]
    public async Task BadDate_IsRefusedByTheEngine_WithTheFieldsMessage()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var values = Article("日期错误");
        values["Fields.EventDate"] = "明天";

        var page = await PortalClient.ParseAsync(await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", values));

        Assert.Contains("不是有效的日期", page.QuerySelector("[data-valmsg-for='Fields.EventDate']")!.TextContent);
    }

    [Fact]
    public async Task Draft_IsPreviewedByItsEditor_AndInvisibleToThePublic()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("尚未发布的草稿"))).SavedItemId();
        var path = (await factory.LatestAsync(id))!.As<Portal.Abstractions.Contents.AutoroutePart>()!.Path;

        var preview = await admin.GetPageAsync($"/admin/contents/{id}/preview");
        var publicPage = await factory.CreatePortalClient().GetAsync("/" + path);

        Assert.Contains("尚未发布的草稿", preview.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignInAsync(RoleNames.Author)).Client.GetAsync($"/admin/contents/{id}/preview")).StatusCode);
    }

    [Fact]
    public async Task Deleting_MovesToTheBin_AndRestoringBringsItBackAsADraft()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("要删除的文章", "publish"))).SavedItemId();
        var path = "/" + (await factory.LatestAsync(id))!.As<Portal.Abstractions.Contents.AutoroutePart>()!.Path;
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().GetAsync(path)).StatusCode);

        await admin.SubmitFormAsync($"/admin/contents/{id}/edit", "form[action$='/delete']");
        var bin = await admin.GetPageAsync($"/admin/contents/bin?type={type}");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreatePortalClient().GetAsync(path)).StatusCode);
        Assert.Contains("要删除的文章", bin.QuerySelector("table")!.TextContent);

        await admin.SubmitFormAsync($"/admin/contents/bin?type={type}", $"form[action='/admin/contents/{id}/restore']");
        var item = (await factory.LatestAsync(id))!;
        Assert.False(item.Published);
        Assert.Contains("要删除的文章", (await admin.GetPageAsync($"/admin/contents?type={type}")).QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task RestoringAnOldVersion_MakesItTheNewDraft_AndTheHistoryShowsWhoDidWhat()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor", Article("第一稿", "publish"))).SavedItemId();
        await admin.SubmitFormAsync($"/admin/contents/{id}/edit", "form.content-editor", Article("第二稿", "publish"));
        var history = await admin.GetPageAsync($"/admin/contents/{id}/history");
        var restore = history.QuerySelectorAll<IHtmlFormElement>("form[action*='/history/']").Single();

        await admin.SubmitAsync(restore);

        var item = (await factory.LatestAsync(id))!;
        Assert.Equal("第一稿", item.DisplayText);
        Assert.Equal(3, item.Number);
        var audit = (await admin.GetPageAsync($"/admin/contents/{id}/history")).QuerySelector("table.audit-trail")!.TextContent;
        Assert.Contains("恢复历史版本", audit);
        Assert.Contains("admin", audit);
    }

    [Fact]
    public async Task ScriptInATitle_ReachesThePublicPageAsText()
    {
        var type = await factory.CreateArticleTypeAsync();
        var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.SubmitFormAsync($"/admin/contents/new/{type}", "form.content-editor",
            Article("<script>alert(1)</script>标题", "publish", "<p onclick=\"alert(2)\">正文<script>alert(3)</script></p>"))).SavedItemId();
        var path = "/" + (await factory.LatestAsync(id))!.As<Portal.Abstractions.Contents.AutoroutePart>()!.Path;

        var page = await factory.CreatePortalClient().GetPageAsync(path);

        Assert.Contains("<script>alert(1)</script>标题", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, article script"));
        Assert.Null(page.QuerySelector("[onclick]"));
    }
}
