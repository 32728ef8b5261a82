using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Search.Contracts;
using Portal.Search.Data;
using Portal.Search.Indexing;
using Portal.Search.Sources;
using Portal.Testing;

namespace Portal.Search.Tests.Indexing;

/// <summary>From a content change to the index: the task row in the change's transaction, the node's worker, replay after a crash.</summary>
[DatabaseSensitive("the search task log written in the change's transaction")]
public sealed class IndexingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task PublishedItem_IsFoundWithinSeconds_AndLeavesWhenUnpublished()
    {
        var client = factory.CreateClient();
        var item = await factory.PublishNewsAsync("栖霞山红叶节志愿导览", "<p>红叶节期间，志愿者在景区入口提供导览和秩序引导。</p>");

        var (found, elapsed) = await client.WaitForAsync("红叶节志愿导览", r => r.Urls().Contains("/" + item.As<AutoroutePart>()!.Path));
        Assert.Contains("<mark>", found.GetProperty("results")[0].GetProperty("titleHtml").GetString());
        Assert.True(elapsed < SearchSite.Patience);

        await factory.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(item.ContentItemId));
        await client.WaitForAsync("红叶节志愿导览", r => !r.Urls().Contains("/" + item.As<AutoroutePart>()!.Path));
    }

    [Fact]
    public async Task ATask_IsWrittenWithTheChange_AndNotWhenTheChangeRollsBack()
    {
        var before = await TaskCountAsync();
        await factory.PublishNewsAsync("任务日志测试", "<p>正文</p>");
        Assert.Equal(before + 1, await TaskCountAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithScopeAsync(sp =>
            sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(ct =>
            {
                sp.GetRequiredService<ISearchIndexQueue>().Enqueue(ContentSearchSource.SourceName, "rolled-back");
                throw new InvalidOperationException("the change fails after it enqueued its task");
            })));
        Assert.Equal(before + 1, await TaskCountAsync());
    }

    [Fact]
    public async Task Enqueue_OutsideAUnitOfWork_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithScopeAsync(sp =>
        {
            sp.GetRequiredService<ISearchIndexQueue>().Enqueue(ContentSearchSource.SourceName, "x");
            return Task.CompletedTask;
        }));
        Assert.Contains("unit of work", error.Message);
    }

    /// <summary>
    /// A node that crashed after committing its index but before writing its checkpoint starts again from the older
    /// checkpoint and applies the batch a second time: the same documents, none twice, none lost.
    /// </summary>
    [Fact]
    public async Task CrashBetweenIndexCommitAndCheckpoint_ReplaysTheBatch_NothingLostOrDoubled()
    {
        await factory.PublishNewsAsync("重放测试：秋收志愿服务", "<p>秋收时节志愿服务队帮助农户抢收。</p>");
        await factory.WaitUntilIndexedAsync();
        var node = factory.Services.GetRequiredService<NodeIndexes>();
        var live = node.Get("main")!;
        var expected = Ids(live);

        // The crashed node: a copy of the committed index whose state still holds checkpoint 0.
        var crashed = Path.Combine(factory.AppData, "crashed-node");
        CopyFolder(live.Folder, Path.Combine(crashed, "main", Path.GetFileName(live.Folder)));
        var state = Path.Combine(crashed, "main", Path.GetFileName(live.Folder), "state.json");
        File.WriteAllText(state, JsonSerializer.Serialize(live.State with { Checkpoint = 0 }));

        using var restarted = new NodeIndexes(crashed, "crashed-node");
        Assert.Equal(0, restarted.Get("main")!.State.Checkpoint);
        await factory.WithScopeAsync(async sp =>
        {
            var indexer = new SearchIndexer(sp.GetRequiredService<SearchDbContext>(), sp.GetServices<ISearchSource>(),
                sp.GetRequiredService<IFeatureState>(), restarted, sp.GetRequiredService<IUnitOfWork>(), TimeProvider.System,
                NullLogger<SearchIndexer>.Instance);
            var definition = await sp.GetRequiredService<SearchIndexAdmin>().FindAsync("main", CancellationToken.None);
            await indexer.SyncAsync(definition!, progress: null, CancellationToken.None);
        });

        var replayed = restarted.Get("main")!;
        Assert.Equal(live.State.Generation, replayed.State.Generation);
        Assert.Equal(await factory.WithScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().Tasks.MaxAsync(t => t.Id)), replayed.State.Checkpoint);
        Assert.Equal(expected, Ids(replayed));
    }

    private static List<string> Ids(LocalIndex index) => index.Search(searcher =>
    {
        var ids = new List<string>();
        for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
        {
            if (Lucene.Net.Index.MultiFields.GetLiveDocs(searcher.IndexReader) is { } live && !live.Get(doc))
                continue;
            ids.Add(searcher.Doc(doc).Get("id"));
        }

        return ids.Order(StringComparer.Ordinal).ToList();
    });

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != "write.lock"))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private Task<int> TaskCountAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().Tasks.CountAsync());
}
