using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.Search.Tests.Indexing;

/// <summary>
/// Two web processes on one database, each with its own index folder: what is published through one is found
/// through the other within seconds, both ways, and what is unpublished leaves both. Run on PostgreSQL by
/// ./test.sh (and on a shared SQLite file in the SQLite pass).
/// </summary>
[DatabaseSensitive("a second node catching up from the shared task log")]
public sealed class TwoNodeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalFactory _nodeA = new();
    private readonly string _appDataB = Path.Combine(Path.GetTempPath(), "portal-tests", "node-b-" + Guid.NewGuid().ToString("N"));
    private SiteProcess? _nodeB;

    public async Task InitializeAsync()
    {
        await _nodeA.WaitUntilIndexedAsync();
        Directory.CreateDirectory(_appDataB);
        var settings = new Dictionary<string, string>(_nodeA.DatabaseSettings)
        {
            ["Portal:AppData"] = _appDataB,
            ["Portal:Search:Node"] = "node-b",
        };
        _nodeB = await SiteProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task PublishedThroughOneNode_IsFoundThroughTheOther_WithinSeconds()
    {
        using var clientB = _nodeB!.CreateClient();
        var clientA = _nodeA.CreateClient();
        await clientB.WaitForAsync("志愿服务", r => r.GetProperty("total").GetInt32() > 0);

        // A → B: published on node A, searched on node B.
        var item = await _nodeA.PublishNewsAsync("云亭街道重阳敬老双节点志愿服务", "<p>重阳节前夕，云亭街道的志愿者走进敬老院。</p>");
        var url = "/" + item.As<AutoroutePart>()!.Path;
        var (_, aToB) = await clientB.WaitForAsync("重阳敬老双节点", r => r.Urls().Contains(url));

        // B → A: published through node B's admin over HTTP, searched on node A.
        var admin = new PortalClient(_nodeB.CreateClient());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await admin.LoginAsync("admin", PortalFactory.AdminPassword)).StatusCode);
        var saved = await admin.SubmitFormAsync("/admin/contents/new/News", "form.content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "周庄镇双节点农技志愿服务进田头",
            ["HtmlBodyPart.Html"] = "<p>农技志愿者在田头讲解秋播技术。</p>",
            ["submit"] = "publish",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var (_, bToA) = await clientA.WaitForAsync("双节点农技志愿服务", r => r.GetProperty("total").GetInt32() > 0);

        // Unpublished on A: gone from B.
        await _nodeA.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(item.ContentItemId));
        var (_, gone) = await clientB.WaitForAsync("重阳敬老双节点", r => !r.Urls().Contains(url));

        output.WriteLine($"{(PortalFactory.IsPostgreSql ? "PostgreSQL" : "SQLite")}: A→B {aToB.TotalSeconds:F1} s, B→A {bToA.TotalSeconds:F1} s, unpublish A→B {gone.TotalSeconds:F1} s");
    }

    public async Task DisposeAsync()
    {
        if (_nodeB is not null)
            await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
        try { Directory.Delete(_appDataB, recursive: true); } catch (IOException) { }
    }
}
