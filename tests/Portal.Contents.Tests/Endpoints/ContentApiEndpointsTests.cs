using System.Globalization;
using System.Net;
using System.Text.Json;
using Portal.Abstractions.Contents;
using Portal.Contents.Tests.Engine;
using Portal.Testing;

namespace Portal.Contents.Tests.Endpoints;

[Collection(SharedSite.Name)]
public sealed class ContentApiEndpointsTests(PortalFactory factory)
{
    [DatabaseSensitive("paging order as each database sorts ties")]
    [Fact]
    public async Task TheList_PagesThroughEveryPublishedItem_NewestFirst_WithoutDuplicates()
    {
        var type = await factory.CreateTypeAsync("ApiNews");
        for (var i = 1; i <= 25; i++)
            await factory.CreateItemAsync(type.Name, $"第{i}条");
        await factory.CreateItemAsync(type.Name, "草稿", action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();

        var titles = new List<string>();
        var counts = new List<int>();
        string? next = $"/api/contents?type={type.Name}&pageSize=10";
        for (var page = 1; next is not null; page++)
        {
            var json = await GetJsonAsync(client, next);
            Assert.Equal(25, json.GetProperty("total").GetInt32());
            Assert.Equal(page, json.GetProperty("page").GetInt32());
            Assert.Equal(10, json.GetProperty("pageSize").GetInt32());
            var items = json.GetProperty("items").EnumerateArray().ToList();
            counts.Add(items.Count);
            titles.AddRange(items.Select(i => i.GetProperty("title").GetString()!));
            next = json.GetProperty("next").GetString();
            if (next is not null)
            {
                Assert.StartsWith("http://localhost/api/contents?", next);
                next = new Uri(next).PathAndQuery;
            }
        }

        Assert.Equal([10, 10, 5], counts);
        Assert.Equal(Enumerable.Range(1, 25).Reverse().Select(i => $"第{i}条"), titles);
    }

    [Fact]
    public async Task AnItem_CarriesItsIdsUrlTimesColumnAndEveryPart()
    {
        var type = await factory.CreateTypeAsync("ApiNews", new ContentField { Name = "Source", DisplayName = "来源", Kind = ContentFieldKind.Text });
        var column = await factory.CreateColumnAsync("通知公告");
        var item = await factory.WithContentsAsync(async contents =>
        {
            var item = await contents.NewAsync(type.Name);
            item.Alter<TitlePart>(p => p.Title = "关于开展志愿服务的通知");
            item.Alter<HtmlBodyPart>(p => p.Html = "<p>正文</p>");
            item.Alter<ColumnPart>(p => p.ColumnId = column.ContentItemId);
            item.Fields["Source"] = "江阴文明网";
            return (await contents.SaveAsync(item, SaveAction.Publish)).Item!;
        });
        using var client = factory.CreatePortalClient();

        var json = await GetJsonAsync(client, $"/api/contents/{item.ContentItemId}");

        Assert.Equal(item.ContentItemId, json.GetProperty("id").GetString());
        Assert.Equal(item.ContentItemVersionId, json.GetProperty("versionId").GetString());
        Assert.Equal(type.Name, json.GetProperty("type").GetString());
        Assert.Equal("关于开展志愿服务的通知", json.GetProperty("title").GetString());
        Assert.StartsWith($"http://localhost/{type.RoutePrefix}/", json.GetProperty("url").GetString());
        Assert.EndsWith("Z", json.GetProperty("publishedUtc").GetString());
        Assert.EndsWith("Z", json.GetProperty("modifiedUtc").GetString());
        Assert.Equal(column.ContentItemId, json.GetProperty("columnId").GetString());
        var parts = json.GetProperty("parts");
        Assert.Equal("<p>正文</p>", parts.GetProperty("HtmlBodyPart").GetProperty("html").GetString());
        Assert.Equal("江阴文明网", parts.GetProperty(type.Name).GetProperty("Source").GetString());

        var listed = await GetJsonAsync(client, $"/api/contents?type={type.Name}&column={column.ContentItemId}");
        Assert.Equal(item.ContentItemId, Assert.Single(listed.GetProperty("items").EnumerateArray().ToList()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task DraftsAndDeletedItems_AreNeitherListedNorFound()
    {
        var type = await factory.CreateTypeAsync("ApiNews");
        var draft = await factory.CreateItemAsync(type.Name, "草稿", action: SaveAction.Draft);
        var removed = await factory.CreateItemAsync(type.Name, "已删除");
        await factory.WithContentsAsync(c => c.RemoveAsync(removed.ContentItemId));
        var kept = await factory.CreateItemAsync(type.Name, "保留");
        using var client = factory.CreatePortalClient();

        var json = await GetJsonAsync(client, $"/api/contents?type={type.Name}");

        Assert.Equal(["保留"], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/contents/{kept.ContentItemId}")).StatusCode);
        foreach (var id in new[] { draft.ContentItemId, removed.ContentItemId, "no-such-item" })
        {
            var response = await client.GetAsync($"/api/contents/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Since_ReturnsOnlyItemsChangedAfterIt_OldestChangeFirst_AndNextMovesSinceForward()
    {
        var type = await factory.CreateTypeAsync("ApiNews");
        var before = await factory.CreateItemAsync(type.Name, "之前");
        var cutoff = (await factory.PublishedAsync(before.ContentItemId))!.ChangedUtc;
        var created = await factory.CreateItemAsync(type.Name, "之后新建");
        var edited = await factory.CreateItemAsync(type.Name, "之后再改");
        var updated = await factory.WithContentsAsync(async contents =>
        {
            var item = (await contents.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            item.Alter<TitlePart>(p => p.Title = "之后新建又改");
            return (await contents.SaveAsync(item, SaveAction.Publish)).Item!;
        });
        using var client = factory.CreatePortalClient();
        var since = DateTime.SpecifyKind(cutoff, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

        var first = await GetJsonAsync(client, $"/api/contents?type={type.Name}&since={Uri.EscapeDataString(since)}&pageSize=1");
        var second = await GetJsonAsync(client, new Uri(first.GetProperty("next").GetString()!).PathAndQuery);

        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Equal(["之后再改"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(["之后新建又改"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(updated.ContentItemVersionId, second.GetProperty("items")[0].GetProperty("versionId").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var changed = DateTime.Parse(first.GetProperty("items")[0].GetProperty("modifiedUtc").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        Assert.True(changed > DateTime.SpecifyKind(cutoff, DateTimeKind.Utc));
        Assert.NotEqual(before.ContentItemId, edited.ContentItemId);
    }

    [Fact]
    public async Task Changes_ListPublicationsAndWithdrawals_SoAPullerCanDropWhatWasWithdrawn()
    {
        var type = await factory.CreateTypeAsync("ApiNews");
        var since = DateTime.UtcNow.AddSeconds(-1).ToString("O", CultureInfo.InvariantCulture);
        var item = await factory.CreateItemAsync(type.Name, "先发后撤");
        await factory.WithContentsAsync(c => c.RemoveAsync(item.ContentItemId));
        await factory.CreateItemAsync(type.Name, "从未发布", action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();

        var json = await GetJsonAsync(client, $"/api/contents/changes?since={Uri.EscapeDataString(since)}");

        var mine = json.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("type").GetString() == type.Name).ToList();
        Assert.Equal(["published", "unpublished"], mine.Select(c => c.GetProperty("action").GetString()));
        Assert.All(mine, c => Assert.Equal(item.ContentItemId, c.GetProperty("id").GetString()));
        Assert.False(json.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("since=notadate", "since")]
    [InlineData("type=NoSuchType", "type")]
    [InlineData("column=no-such-column", "column")]
    public async Task ABadParameter_Answers400_NamingIt_InChinese(string query, string parameter)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/api/contents?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(parameter).EnumerateArray()).GetString()!;
        Assert.Contains(parameter, message);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.Contains(message, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ChangesWithoutSince_Answers400()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/api/contents/changes");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("since", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> GetJsonAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
