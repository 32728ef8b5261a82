using System.Net;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Contents.Tests.Engine;

[Collection(SharedSite.Name)]
public sealed class VersioningTests(PortalFactory factory)
{
    [Fact]
    public async Task Publishing_KeepsTheOldVersion_AndRestoringItBringsItsTextBackAsANewDraft()
    {
        var type = await factory.CreateTypeAsync("VerNews");
        var first = await factory.CreateItemAsync(type.Name, "初版标题", "<p>初版正文</p>");
        await factory.WithContentsAsync(async contents =>
        {
            var item = (await contents.GetAsync(first.ContentItemId, VersionOptions.Latest))!;
            item.Alter<TitlePart>(p => p.Title = "二版标题");
            item.Alter<HtmlBodyPart>(p => p.Html = "<p>二版正文</p>");
            Assert.True((await contents.SaveAsync(item, SaveAction.Publish)).Succeeded);
        });

        var versions = await factory.WithContentsAsync(c => c.GetVersionsAsync(first.ContentItemId));
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.True(versions[0].Published);
        Assert.False(versions[1].Published);
        Assert.Equal("初版标题", versions[1].DisplayText);

        var restored = await factory.WithContentsAsync(c => c.RestoreVersionAsync(first.ContentItemId, versions[1].ContentItemVersionId));

        Assert.True(restored.Succeeded);
        var latest = (await factory.LatestAsync(first.ContentItemId))!;
        Assert.Equal(3, latest.Number);
        Assert.False(latest.Published);
        Assert.Equal("<p>初版正文</p>", latest.As<HtmlBodyPart>()!.Html);
        Assert.Equal("二版标题", (await factory.PublishedAsync(first.ContentItemId))!.DisplayText);
        var audit = await factory.WithContentsAsync(c => c.GetAuditTrailAsync(first.ContentItemId, 0, 10));
        Assert.Equal(ContentActions.VersionRestored, audit[0].Action);
    }

    [Fact]
    public async Task ADraft_IsInvisibleToThePublic_UntilItIsPublished()
    {
        var type = await factory.CreateTypeAsync("VerNews");
        var path = $"草稿测试/{Guid.NewGuid():N}";
        var draft = await factory.CreateItemAsync(type.Name, "尚未发布", path: path, action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();
        var url = "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

        Assert.Null(await factory.WithContentsAsync(c => c.GetByPathAsync(path)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

        Assert.True((await factory.WithContentsAsync(c => c.PublishAsync(draft.ContentItemId))).Succeeded);

        Assert.Equal(draft.ContentItemId, (await factory.WithContentsAsync(c => c.GetByPathAsync(path)))?.ContentItemId);
        var page = await client.GetPageAsync(url);
        Assert.Contains("尚未发布", page.Body!.TextContent);
    }

    [Fact]
    public async Task AStaleEdit_IsRefusedAsAConflict_AndTheOtherEditIsKept()
    {
        var type = await factory.CreateTypeAsync("VerNews");
        var created = await factory.CreateItemAsync(type.Name, "原标题");
        var mine = (await factory.LatestAsync(created.ContentItemId))!;
        var theirs = (await factory.LatestAsync(created.ContentItemId))!;

        mine.Alter<TitlePart>(p => p.Title = "先保存的修改");
        var firstSave = await factory.WithContentsAsync(c => c.SaveAsync(mine, SaveAction.Draft));
        theirs.Alter<TitlePart>(p => p.Title = "过时的修改");
        var staleSave = await factory.WithContentsAsync(c => c.SaveAsync(theirs, SaveAction.Draft));

        Assert.True(firstSave.Succeeded);
        Assert.False(staleSave.Succeeded);
        Assert.True(staleSave.Conflict);
        Assert.Contains("修改已保留", staleSave.Errors[0].Message);
        Assert.Equal("先保存的修改", (await factory.LatestAsync(created.ContentItemId))!.DisplayText);
    }

    [DatabaseSensitive("parallel saves against the version check")]
    [Fact]
    public async Task TenConcurrentSavesOfOneLoadedItem_LetExactlyOneThrough()
    {
        var type = await factory.CreateTypeAsync("VerNews");
        var created = await factory.CreateItemAsync(type.Name, "并发");
        var loaded = (await factory.LatestAsync(created.ContentItemId))!;

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => factory.WithContentsAsync(c =>
        {
            var copy = loaded.Clone();
            copy.Alter<TitlePart>(p => p.Title = $"并发修改{i}");
            return c.SaveAsync(copy, SaveAction.Draft);
        }))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.True(r.Conflict));
        var winner = results.Single(r => r.Succeeded).Item!.DisplayText;
        Assert.Equal(winner, (await factory.LatestAsync(created.ContentItemId))!.DisplayText);
        Assert.Equal(2, (await factory.WithContentsAsync(c => c.GetVersionsAsync(created.ContentItemId))).Count);
    }
}
