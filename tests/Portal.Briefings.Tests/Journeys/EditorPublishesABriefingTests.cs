using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Security;
using Portal.Testing;

namespace Portal.Briefings.Tests.Journeys;

/// <summary>
/// The whole story: an editor writes a briefing with two articles and an image, previews it,
/// schedules it, sees it published in the official layout and finds it in the RSS feed.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class EditorPublishesABriefingTests(PortalFactory factory)
{
    private const string Password = "Editor-pass-2026";

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Editor_WritesPreviewsSchedulesAndPublishesABriefing_ThatAppearsInTheFeed()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Editor);
        using var editor = await factory.CreateClientAsAsync(userName, Password);
        var series = "测试简报" + Guid.NewGuid().ToString("N")[..6];

        var image = await UploadImageAsync(editor);
        var form = await editor.GetPageAsync("/admin/contents/new/Briefing");
        Assert.Null(form.QuerySelector("[name='AutoroutePart.Path']"));
        var saved = await editor.SubmitFormAsync("/admin/contents/new/Briefing", "form.content-editor", new Dictionary<string, string>
        {
            ["BriefingPart.Series"] = series,
            ["BriefingPart.Number"] = "3",
            ["BriefingPart.SpecialLabel"] = "新时代文明实践中心建设专刊",
            ["BriefingPart.SpecialNumber"] = "5",
            ["BriefingPart.Issuer"] = "江阴市文明办",
            ["BriefingPart.Date"] = "2026-11-29",
            ["BriefingPart.Articles[0].Title"] = "第一篇：志愿服务进村入户",
            ["BriefingPart.Articles[0].Html"] = $"<p>正文一。</p><p><img src=\"{image}\" alt=\"志愿者入户\"></p>",
            ["BriefingPart.Articles[1].Title"] = "第二篇：理论宣讲走进田间",
            ["BriefingPart.Articles[1].Html"] = "<p>正文二。</p>",
            ["BriefingPart.ReportTo"] = "无锡市文明办",
            ["BriefingPart.IssueTo"] = "各镇（街道）文明办",
            ["BriefingPart.IssuingOffice"] = "江阴市文明办综合科",
            ["BriefingPart.Copies"] = "120",
            ["BriefingPart.DocumentPrefix"] = "澄简字",
            ["BriefingPart.DocumentNumber"] = "88",
            ["submit"] = "preview",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.RedirectTarget().Split('/')[3];

        var preview = await editor.GetPageAsync($"/admin/contents/{id}/preview");
        Assert.Equal(2, preview.QuerySelectorAll(".briefing-article").Length);
        Assert.Equal(image, preview.QuerySelector(".briefing-article img")!.GetAttribute("src"));
        var url = $"/briefings/{Uri.EscapeDataString(series)}/2026/3";
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreatePortalClient().GetAsync(url)).StatusCode);

        var inFiveMinutes = DateTime.UtcNow.AddHours(8).AddMinutes(5).ToString("yyyy-MM-ddTHH:mm");
        await editor.SubmitFormAsync($"/admin/contents/{id}/edit", "form[action$='/schedule']", new Dictionary<string, string> { ["publishAt"] = inFiveMinutes });
        Assert.NotNull((await factory.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetStateAsync(id)))!.PublishAtUtc);
        await factory.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().RunScheduleAsync(DateTime.UtcNow.AddMinutes(6)));

        var page = await factory.CreatePortalClient().GetPageAsync(url);
        Assert.Equal(series, page.QuerySelector(".briefing-series")!.TextContent.Trim());
        Assert.Contains("第3期", page.QuerySelector(".briefing-issue")!.TextContent.Replace(" ", ""));
        Assert.Contains("共印 120 份", page.QuerySelector(".briefing-copies")!.TextContent);
        Assert.Contains("澄简字", page.QuerySelector(".briefing-docno")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("link[rel='stylesheet']"), l => l.GetAttribute("href")!.EndsWith("css/briefing.css", StringComparison.Ordinal));

        var feed = await factory.CreatePortalClient().GetAsync("/feeds/Briefing.rss");
        var rss = await feed.Content.ReadAsStringAsync();
        Assert.Contains($"{series} 2026年第3期", rss);
        Assert.Contains(Uri.EscapeDataString(series), rss);
    }

    private static async Task<string> UploadImageAsync(PortalClient editor)
    {
        var form = await editor.GetPageAsync("/admin/contents/new/Briefing");
        var token = form.QuerySelector<IHtmlFormElement>("form.content-editor")!
            .QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(OnePixelPng);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", "入户.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/upload") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await editor.Http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, json.GetProperty("errno").GetInt32());
        return json.GetProperty("data").GetProperty("url").GetString()!;
    }
}
