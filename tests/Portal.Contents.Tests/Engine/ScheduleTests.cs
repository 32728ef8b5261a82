using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Contents.Tests.Engine;

[Collection(SharedSite.Name)]
public sealed class ScheduleTests(PortalFactory factory)
{
    [Fact]
    public async Task SchedulingAPublishInThePast_IsRefused()
    {
        var type = await factory.CreateTypeAsync("SchedNews");
        var draft = await factory.CreateItemAsync(type.Name, "定时", action: SaveAction.Draft);

        var result = await factory.WithContentsAsync(c => c.ScheduleAsync(draft.ContentItemId, DateTime.UtcNow.AddMinutes(-5), null));

        Assert.False(result.Succeeded);
        Assert.Contains("已经过去", result.Errors[0].Message);
        Assert.Null((await factory.WithContentsAsync(c => c.GetStateAsync(draft.ContentItemId)))!.PublishAtUtc);
    }

    [Fact]
    public async Task AScheduledPublish_HappensWhenDue_AndIsAuditedAsScheduled()
    {
        var type = await factory.CreateTypeAsync("SchedNews");
        var draft = await factory.CreateItemAsync(type.Name, "定时发布", action: SaveAction.Draft);
        var at = DateTime.UtcNow.AddSeconds(2);
        Assert.True((await factory.WithContentsAsync(c => c.ScheduleAsync(draft.ContentItemId, at, null))).Succeeded);

        Assert.Null(await factory.PublishedAsync(draft.ContentItemId));
        await factory.WithContentsAsync(c => c.RunScheduleAsync(at.AddSeconds(1)));

        Assert.NotNull(await factory.PublishedAsync(draft.ContentItemId));
        Assert.Null((await factory.WithContentsAsync(c => c.GetStateAsync(draft.ContentItemId)))!.PublishAtUtc);
        var audit = await factory.WithContentsAsync(c => c.GetAuditTrailAsync(draft.ContentItemId, 0, 10));
        Assert.Contains(audit, a => a.Action == ContentActions.Published && a.Note == "定时发布");
    }

    [Fact]
    public async Task AScheduledUnpublish_HappensWhenDue_AndIsAuditedAsScheduled()
    {
        var type = await factory.CreateTypeAsync("SchedNews");
        var item = await factory.CreateItemAsync(type.Name, "定时撤销");
        var at = DateTime.UtcNow.AddSeconds(2);
        Assert.True((await factory.WithContentsAsync(c => c.ScheduleAsync(item.ContentItemId, null, at))).Succeeded);

        await factory.WithContentsAsync(c => c.RunScheduleAsync(at.AddSeconds(1)));

        Assert.Null(await factory.PublishedAsync(item.ContentItemId));
        Assert.NotNull(await factory.LatestAsync(item.ContentItemId));
        var audit = await factory.WithContentsAsync(c => c.GetAuditTrailAsync(item.ContentItemId, 0, 10));
        Assert.Contains(audit, a => a.Action == ContentActions.Unpublished && a.Note == "定时撤销");
    }
}
