using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Contents.Tests.Engine;

[Collection(SharedSite.Name)]
public sealed class RecycleBinAndAuditTests(PortalFactory factory)
{
    [Fact]
    public async Task RemovingAnItem_HidesItFromThePublicAndLists_UntilItIsRestored()
    {
        var type = await factory.CreateTypeAsync("BinNews");
        var item = await factory.CreateItemAsync(type.Name, "将被删除");
        var path = item.As<AutoroutePart>()!.Path;

        Assert.True((await factory.WithContentsAsync(c => c.RemoveAsync(item.ContentItemId))).Succeeded);

        Assert.Null(await factory.WithContentsAsync(c => c.GetByPathAsync(path)));
        Assert.Empty((await Query(ContentStatus.Published)).Items);
        Assert.Empty((await Query(ContentStatus.Any)).Items);
        Assert.Equal(item.ContentItemId, Assert.Single((await Query(ContentStatus.Deleted)).Items).ContentItemId);

        Assert.True((await factory.WithContentsAsync(c => c.RestoreAsync(item.ContentItemId))).Succeeded);

        Assert.Equal(item.ContentItemId, Assert.Single((await Query(ContentStatus.Any)).Items).ContentItemId);
        Assert.Empty((await Query(ContentStatus.Deleted)).Items);
        Assert.Null((await factory.WithContentsAsync(c => c.GetStateAsync(item.ContentItemId)))!.DeletedUtc);

        Task<ContentPage> Query(ContentStatus status)
            => factory.WithContentsAsync(c => c.QueryAsync(new ContentQuery { Types = [type.Name], Status = status }));
    }

    [Fact]
    public async Task TheAuditTrail_ListsCreatedPublishedAndRemoved_WithTheUserName()
    {
        var type = await factory.CreateTypeAsync("BinNews");

        var id = await factory.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u-1"), new Claim(ClaimTypes.Name, "编辑小王")], "Test")),
            };
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type.Name);
            item.Alter<TitlePart>(p => p.Title = "留痕");
            var saved = await contents.SaveAsync(item, SaveAction.Publish);
            await contents.RemoveAsync(saved.Item!.ContentItemId);
            return saved.Item.ContentItemId;
        });

        var audit = await factory.WithContentsAsync(c => c.GetAuditTrailAsync(id, 0, 10));
        Assert.Equal([ContentActions.Created, ContentActions.Published, ContentActions.Unpublished, ContentActions.Removed],
            audit.Reverse().Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("编辑小王", a.UserName));
        Assert.All(audit, a => Assert.Equal("留痕", a.DisplayText));
    }

    [Fact]
    public async Task TwoItemsWithTheSamePath_AreRefused_WithAMessageOnThePathField()
    {
        var type = await factory.CreateTypeAsync("PathNews");
        var path = $"专题/{Guid.NewGuid():N}";
        await factory.CreateItemAsync(type.Name, "先占用", path: path, action: SaveAction.Draft);

        var second = await factory.WithContentsAsync(async c =>
        {
            var item = await c.NewAsync(type.Name);
            item.Alter<TitlePart>(p => p.Title = "后来者");
            item.Alter<AutoroutePart>(p => p.Path = path);
            return await c.SaveAsync(item, SaveAction.Publish);
        });

        Assert.False(second.Succeeded);
        var error = Assert.Single(second.Errors);
        Assert.Equal("AutoroutePart.Path", error.Key);
        Assert.Equal($"网址 /{path} 已被其他内容使用。", error.Message);
    }

    [Theory]
    [InlineData("admin/x", "admin")]
    [InlineData("feeds/news.rss", "feeds")]
    [InlineData("a/../b", "..")]
    public async Task AReservedOrMalformedPath_IsRefused(string path, string named)
    {
        var type = await factory.CreateTypeAsync("PathNews");

        var result = await factory.WithContentsAsync(async c =>
        {
            var item = await c.NewAsync(type.Name);
            item.Alter<TitlePart>(p => p.Title = "保留网址");
            item.Alter<AutoroutePart>(p => p.Path = path);
            return await c.SaveAsync(item, SaveAction.Draft);
        });

        Assert.False(result.Succeeded);
        Assert.Equal("AutoroutePart.Path", result.Errors[0].Key);
        Assert.Contains(named, result.Errors[0].Message);
        Assert.Empty((await factory.WithContentsAsync(c => c.QueryAsync(new ContentQuery { Types = [type.Name], Status = ContentStatus.Any }))).Items);
    }
}
