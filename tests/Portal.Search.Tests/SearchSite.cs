using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Search.Indexing;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>Steps the search tests share on a running site: publish an item, ask /api/search until it answers as expected.</summary>
internal static class SearchSite
{
    /// <summary>How long a change may take to reach a node's index: the indexing task runs every second.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static Task<ContentItem> PublishNewsAsync(this PortalFactory factory, string title, string html)
        => factory.WithScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync("News");
            item.Alter<TitlePart>(p => p.Title = title);
            item.Alter<HtmlBodyPart>(p => p.Html = html);
            var result = await contents.SaveAsync(item, SaveAction.Publish);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Item!;
        });

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?" + query);
        Assert.True(response.IsSuccessStatusCode, $"/api/search?{query} answered {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<string> Urls(this JsonElement results)
        => results.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!);

    /// <summary>Asks <c>/api/search?q=</c> until <paramref name="done"/> holds; returns the answer and how long it took.</summary>
    public static async Task<(JsonElement Results, TimeSpan Elapsed)> WaitForAsync(this HttpClient client, string q, Func<JsonElement, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var results = await client.SearchAsync("q=" + Uri.EscapeDataString(q));
            if (done(results))
                return (results, clock.Elapsed);
            if (clock.Elapsed > Patience)
                Assert.Fail($"/api/search?q={q} did not answer as expected within {Patience.TotalSeconds} s; last: {results}");
            await Task.Delay(200);
        }
    }

    /// <summary>Waits until this node's main index has read the whole task log.</summary>
    public static async Task WaitUntilIndexedAsync(this PortalFactory factory)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (checkpoint, last) = await factory.WithScopeAsync(async sp =>
            {
                var status = await sp.GetRequiredService<SearchIndexAdmin>().StatusAsync(CancellationToken.None);
                var node = sp.GetRequiredService<NodeIndexes>().Node;
                var mine = status.Indexes.Single(i => i.Name == "main").Nodes.FirstOrDefault(n => n.Node == node);
                return (mine is { Current: true, RebuildTotal: null } ? mine.Checkpoint : -1, status.LastTask);
            });
            if (checkpoint >= last && checkpoint >= 0)
                return;
            if (clock.Elapsed > Patience)
                Assert.Fail($"the main index did not catch up within {Patience.TotalSeconds} s (checkpoint {checkpoint}, last task {last})");
            await Task.Delay(200);
        }
    }
}
