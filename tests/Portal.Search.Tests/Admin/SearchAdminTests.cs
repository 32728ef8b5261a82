using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Search.Indexing;
using Portal.Testing;

namespace Portal.Search.Tests.Admin;

/// <summary>/admin/search (every node's copy, rebuild, analysis per index) and /admin/search/synonyms.</summary>
public sealed class SearchAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StatusPage_ShowsThisNodesCopy_WithDocumentsCheckpointAndLag()
    {
        await factory.WaitUntilIndexedAsync();
        var admin = await factory.CreateAdminClientAsync();

        var page = await admin.GetPageAsync("/admin/search");

        var row = page.QuerySelector("table[data-index='main'] tr[data-node]")!;
        Assert.Contains("（本节点）", row.TextContent);
        Assert.True(int.Parse(row.QuerySelector("[data-field='documents']")!.TextContent) > 20);
        Assert.Equal(page.QuerySelector("#last-task")!.TextContent, row.QuerySelector("[data-field='checkpoint']")!.TextContent);
        Assert.Equal("无", row.QuerySelector("[data-field='lag']")!.TextContent);
    }

    [Fact]
    public async Task Rebuild_RaisesTheGeneration_AndTheNodeRebuildsItsCopy()
    {
        await factory.WaitUntilIndexedAsync();
        var admin = await factory.CreateAdminClientAsync();
        var before = await MainAsync(admin);

        var response = await admin.SubmitFormAsync("/admin/search", "form[action='/admin/search/main/rebuild']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var generation = before.GetProperty("generation").GetInt32() + 1;
        Assert.Equal(generation, (await MainAsync(admin)).GetProperty("generation").GetInt32());
        await factory.WaitUntilIndexedAsync();
        var node = (await MainAsync(admin)).GetProperty("nodes")[0];
        Assert.Equal(generation, node.GetProperty("generation").GetInt32());
        Assert.Equal(before.GetProperty("nodes")[0].GetProperty("documents").GetInt32(), node.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task RebuildProgress_IsReportedAsItGoes_AndEndsAtTheTotal()
    {
        var reports = new List<RebuildProgress>();
        await factory.WithScopeAsync(async sp =>
        {
            var definition = (await sp.GetRequiredService<SearchIndexAdmin>().FindAsync("main", CancellationToken.None))!;
            await sp.GetRequiredService<SearchIndexer>().RebuildAsync(definition, new SynchronousProgress(reports.Add), CancellationToken.None);
        });

        Assert.NotEmpty(reports);
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
        Assert.Equal(reports[^1].Total, reports[^1].Done);
        Assert.True(reports[^1].Total > 20);
    }

    [Fact]
    public async Task AnotherAnalysis_ForAnIndex_IsUsedAfterTheRebuild()
    {
        var admin = await factory.CreateAdminClientAsync();
        var created = await admin.SubmitFormAsync("/admin/search", "form[action='/admin/search/create']",
            new Dictionary<string, string> { ["name"] = "bigrams", ["analysis"] = "Cjk" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var client = factory.CreateClient();
        var deadline = DateTime.UtcNow + SearchSite.Patience;
        JsonElement answer;
        do
        {
            answer = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿服务") + "&index=bigrams");
            if (answer.GetProperty("total").GetInt32() > 0)
                break;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(answer.GetProperty("total").GetInt32() > 0, answer.ToString());
        Assert.Equal("Cjk", factory.Services.GetRequiredService<NodeIndexes>().Find("bigrams")!.State.Analysis.ToString());

        var deleted = await admin.SubmitFormAsync("/admin/search", "form[action='/admin/search/bigrams/delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        deadline = DateTime.UtcNow + SearchSite.Patience;
        while ((answer = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿服务") + "&index=bigrams")).GetProperty("message").GetString() is not "没有名为“bigrams”的检索索引。"
               && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        Assert.Equal("没有名为“bigrams”的检索索引。", answer.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Main", "索引名称只能由小写字母")]
    [InlineData("main", "已有名为“main”的索引")]
    [InlineData("", "索引名称只能由小写字母")]
    public async Task CreateIndex_WithABadName_IsRefusedWithAMessage(string name, string message)
    {
        var admin = await factory.CreateAdminClientAsync();

        await admin.SubmitFormAsync("/admin/search", "form[action='/admin/search/create']",
            new Dictionary<string, string> { ["name"] = name, ["analysis"] = "Chinese" });

        var page = await admin.GetPageAsync("/admin/search");
        Assert.Contains(message, page.QuerySelector(".alert-error")!.TextContent);
    }

    [Fact]
    public async Task MainIndex_CannotBeDeleted()
    {
        var admin = await factory.CreateAdminClientAsync();
        var page = await admin.GetPageAsync("/admin/search");

        Assert.Null(page.QuerySelector("form[action='/admin/search/main/delete']"));
    }

    [Fact]
    public async Task Synonyms_AreValidatedPerLine_AndApplyToQueries()
    {
        await factory.WaitUntilIndexedAsync();
        var admin = await factory.CreateAdminClientAsync();

        var refused = await admin.SubmitFormAsync("/admin/search/synonyms", "form[action='/admin/search/synonyms']",
            new Dictionary<string, string> { ["text"] = "义工, 志愿者\n孤词" });
        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("第 2 行只有一个词“孤词”", page.QuerySelector(".alert-error")!.TextContent);

        var before = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString("红马甲"));
        Assert.Equal(0, before.GetProperty("total").GetInt32());
        var saved = await admin.SubmitFormAsync("/admin/search/synonyms", "form[action='/admin/search/synonyms']",
            new Dictionary<string, string> { ["text"] = "义工, 志愿者\n红马甲 ⇄ 志愿服务" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString("红马甲"));
        Assert.True(after.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Editors_EditSynonyms_ButNotIndexes_AndTheAnonymousNeither()
    {
        var (editorName, _) = await factory.CreateUserAsync("Editor-pass-2026", RoleNames.Editor);
        var editor = await factory.CreateClientAsAsync(editorName, "Editor-pass-2026");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/search/synonyms")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/search")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.PostAsync("/admin/search/main/rebuild", null)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreatePortalClient().GetAsync("/admin/search/status")).StatusCode);
    }

    private static async Task<JsonElement> MainAsync(PortalClient admin)
    {
        var status = JsonSerializer.Deserialize<JsonElement>(await admin.Http.GetStringAsync("/admin/search/status"));
        return status.GetProperty("indexes").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "main");
    }

    private sealed class SynchronousProgress(Action<RebuildProgress> report) : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) => report(value);
    }
}
