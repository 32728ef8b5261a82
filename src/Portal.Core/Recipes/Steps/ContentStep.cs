using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Recipes;
using Portal.Core.Data;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "content", "items": [ { "contentItemId": "seed-news-1", "contentType": "News", "published": true, "content": { ... } } ] }</c>.
/// An item whose latest version already has this content is left alone, so running the recipe again changes nothing.
/// </summary>
internal sealed partial class ContentStep(IContentManager contents, CoreDbContext db) : IRecipeStepHandler
{
    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        for (var i = 0; i < step.Items.Count; i++)
        {
            var entry = step.Items[i];
            var path = $"$.items[{i}]";
            if (!RecipeId().IsMatch(entry.ContentItemId))
                throw context.Error($"{path}.contentItemId", "内容编号须为 1–32 个小写英文字母、数字或连字符。");

            var existing = await contents.GetAsync(entry.ContentItemId, VersionOptions.Latest, cancellationToken);
            ContentItem item;
            if (existing is null)
            {
                try
                {
                    item = await contents.NewAsync(entry.ContentType, cancellationToken);
                }
                catch (InvalidOperationException e)
                {
                    throw context.Error($"{path}.contentType", e.Message);
                }
                item.ContentItemId = entry.ContentItemId;
            }
            else if (existing.ContentType != entry.ContentType)
                throw context.Error($"{path}.contentType", $"内容 {entry.ContentItemId} 已存在，类型是 {existing.ContentType}。");
            else
                item = existing;

            var wanted = Merge(item.Content, entry.Content);
            var unchanged = existing is not null && JsonNode.DeepEquals(existing.Content, wanted) && existing.Published == entry.Published;
            if (unchanged)
                continue;

            item.Content = wanted;
            var result = await contents.SaveAsync(item, entry.Published ? SaveAction.Publish : SaveAction.Draft, cancellationToken);
            if (!result.Succeeded)
                throw context.Error($"{path}.content", string.Join(" ", result.Errors.Select(e => e.Key.Length > 0 ? $"{e.Key}：{e.Message}" : e.Message)));

            // Sample content carries its own dates, so the site reads as it would after months of use.
            if (entry.PublishedUtc is { } published && entry.Published)
                await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.PublishedUtc, DateTime.SpecifyKind(published, DateTimeKind.Utc))
                        .SetProperty(r => r.CreatedUtc, DateTime.SpecifyKind(published, DateTimeKind.Utc)), cancellationToken);
        }
    }

    private static JsonObject Merge(JsonObject current, JsonObject given)
    {
        var merged = (JsonObject)current.DeepClone();
        foreach (var (name, value) in given)
            merged[name] = value?.DeepClone();
        return merged;
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex RecipeId();

    private sealed record Model(string Name, IReadOnlyList<Entry> Items);

    private sealed record Entry(string ContentItemId, string ContentType, JsonObject Content, bool Published = true, DateTime? PublishedUtc = null);
}
