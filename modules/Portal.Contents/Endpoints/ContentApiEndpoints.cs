using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary>
/// The read-only JSON API of published content, for the media center (融媒体中心).
/// <para>
/// <c>GET /api/contents?type=&amp;column=&amp;page=&amp;pageSize=</c>: published items, newest published first,
/// paged by number; <c>next</c> is the next page's absolute address, null on the last page.
/// </para>
/// <para>
/// <c>GET /api/contents?since=2026-11-01T00:00:00Z</c>: the incremental pull. Items changed after
/// <c>since</c>, least recently changed first, each with <c>modifiedUtc</c> (when the item last changed).
/// <c>next</c> moves <c>since</c> to the last item's <c>modifiedUtc</c> instead of counting pages, so an
/// item changed while a puller pages is seen again later, never skipped. After the last page, keep the
/// last <c>modifiedUtc</c> as the next run's <c>since</c>; start a run a minute earlier than that
/// and update by <c>id</c>, because a change committing slowly may carry a slightly older time.
/// An item changed only by a draft comes again with the same <c>versionId</c>.
/// </para>
/// <para>
/// Items unpublished or deleted do not appear in a pull at all: <c>GET /api/contents/changes?since=</c>
/// lists publications and withdrawals from the audit trail so a puller can drop what was withdrawn.
/// </para>
/// Bad parameters answer 400 with a problem document naming each parameter, in Chinese.
/// </summary>
internal static class ContentApiEndpoints
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>How far back in the audit trail <c>changes</c> looks; beyond it a puller should pull everything again.</summary>
    public const int MaxChanges = 2000;

    public static void MapContentApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/contents");

        group.MapGet("", async Task<Results<JsonHttpResult<ApiPage>, ValidationProblem>> (
                HttpRequest request, IContentManager contents, IContentDefinitionStore definitions, IContentDisplay display,
                IPublicAddress address, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var page = Number(request, "page", 1, 1, 100_000, "page 须为 1 到 100000 之间的整数。", errors);
                var pageSize = Number(request, "pageSize", DefaultPageSize, 1, MaxPageSize, $"pageSize 须为 1 到 {MaxPageSize} 之间的整数。", errors);
                var since = Time(request, "since", errors);
                var type = request.Query["type"].ToString().Trim();
                if (type.Length > 0 && await definitions.GetTypeAsync(type, ct) is null)
                    errors["type"] = [$"type：没有名为 “{Clip(type)}” 的内容类型。"];
                var column = request.Query["column"].ToString().Trim();
                if (column.Length > 0 && (column.Length > 64 || await contents.GetAsync(column, VersionOptions.Published, ct) is not { ContentType: ContentTypes.Column }))
                    errors["column"] = [$"column：没有编号为 “{Clip(column)}” 的已发布栏目。"];
                if (errors.Count > 0)
                    return Invalid(errors);

                var query = new ContentQuery
                {
                    Types = type.Length > 0 ? [type] : [],
                    ColumnId = column.Length > 0 ? column : null,
                    SinceUtc = since,
                    Order = since is null ? ContentOrder.Published : ContentOrder.ModifiedAscending,
                    Skip = (page - 1) * pageSize,
                    Take = pageSize,
                };
                var result = await contents.QueryAsync(query, ct);
                var items = result.Items.Select(i => ToApi(i, display, address)).ToList();

                string? next = null;
                if (query.Skip + items.Count < result.Total && items.Count > 0)
                {
                    var parameters = new Dictionary<string, string?> { ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture) };
                    if (type.Length > 0)
                        parameters["type"] = type;
                    if (column.Length > 0)
                        parameters["column"] = column;
                    if (since is null)
                        parameters["page"] = (page + 1).ToString(CultureInfo.InvariantCulture);
                    else
                        parameters["since"] = Iso(result.Items[^1].ChangedUtc);
                    next = QueryHelpers.AddQueryString(address.Absolute("/api/contents"), parameters);
                }
                return TypedResults.Json(new ApiPage(items, page, pageSize, result.Total, next), ContentJson.Options);
            })
            .WithName(ContentsRoutes.ApiList);

        group.MapGet("/changes", async Task<Results<JsonHttpResult<ApiChanges>, ValidationProblem>> (
                HttpRequest request, IContentManager contents, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var given = Time(request, "since", errors);
                if (given is null && errors.Count == 0)
                    errors["since"] = ["since：请给出起始时间，如 2026-11-01T00:00:00Z。"];
                if (given is not { } since)
                    return Invalid(errors);

                // The audit trail is read newest first; stop at since or at the limit.
                var changes = new List<ApiChange>();
                var truncated = false;
                for (var skip = 0; ; skip += 200)
                {
                    var entries = await contents.GetAuditTrailAsync(null, skip, 200, ct);
                    var older = entries.Any(e => Utc(e.Utc) <= since);
                    foreach (var entry in entries.TakeWhile(e => Utc(e.Utc) > since))
                    {
                        // Only what the public saw change: drafts and bin moves of unpublished items stay private.
                        var action = entry.Action switch
                        {
                            ContentActions.Published => "published",
                            ContentActions.Unpublished => "unpublished",
                            _ => null,
                        };
                        if (action is not null)
                            changes.Add(new ApiChange(entry.ContentItemId, entry.ContentType, action, Utc(entry.Utc)));
                    }
                    if (older || entries.Count < 200)
                        break;
                    if (skip + 200 >= MaxChanges)
                    {
                        truncated = true;
                        break;
                    }
                }
                changes.Reverse();
                return TypedResults.Json(new ApiChanges(changes, truncated), ContentJson.Options);
            })
            .WithName(ContentsRoutes.ApiChanges);

        group.MapGet("/{id}", async Task<Results<JsonHttpResult<ApiItem>, ProblemHttpResult>> (
                string id, IContentManager contents, IContentDisplay display, IPublicAddress address, CancellationToken ct) =>
            {
                var item = id.Length <= 64 ? await contents.GetAsync(id, VersionOptions.Published, ct) : null;
                if (item is null)
                    return TypedResults.Problem(title: "没有这条已发布的内容。", detail: $"id：“{Clip(id)}” 不存在、未发布或已删除。",
                        statusCode: StatusCodes.Status404NotFound);
                return TypedResults.Json(ToApi(item, display, address), ContentJson.Options);
            })
            .WithName(ContentsRoutes.ApiItem);
    }

    private static ApiItem ToApi(ContentItem item, IContentDisplay display, IPublicAddress address)
    {
        var url = display.UrlOf(item);
        return new ApiItem(
            item.ContentItemId,
            item.ContentItemVersionId,
            item.ContentType,
            item.DisplayText,
            url.Length > 0 ? address.Absolute(url) : null,
            item.PublishedUtc is { } published ? Utc(published) : null,
            Utc(item.ChangedUtc),
            item.As<ColumnPart>()?.ColumnId is { Length: > 0 } column ? column : null,
            item.Content);
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, title: "请求参数有误：" + string.Join(" ", errors.Values.SelectMany(v => v)));

    private static int Number(HttpRequest request, string name, int fallback, int min, int max, string message, Dictionary<string, string[]> errors)
    {
        var text = request.Query[name].ToString().Trim();
        if (text.Length == 0)
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors[name] = [message];
        return fallback;
    }

    private static DateTime? Time(HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        var text = request.Query[name].ToString().Trim();
        if (text.Length == 0)
            return null;
        // A time without an offset is taken as UTC, as the parameter's examples are.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            return value.UtcDateTime;
        errors[name] = [$"{name}：“{Clip(text)}” 不是有效的时间，请用 ISO 8601 格式，如 2026-11-01T00:00:00Z。"];
        return null;
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private static string Iso(DateTime time) => Utc(time).ToString("O", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>One page of the API; <see cref="Next"/> is the absolute address of the next page, or null.</summary>
internal sealed record ApiPage(IReadOnlyList<ApiItem> Items, int Page, int PageSize, int Total, string? Next);

/// <summary>A published item: its index columns and its whole content document (every part and field).</summary>
internal sealed record ApiItem(
    string Id,
    string VersionId,
    string Type,
    string Title,
    string? Url,
    DateTime? PublishedUtc,
    DateTime ModifiedUtc,
    string? ColumnId,
    JsonObject Parts);

/// <summary>Publications and withdrawals after a time, oldest first; <see cref="Truncated"/> when older ones were not read.</summary>
internal sealed record ApiChanges(IReadOnlyList<ApiChange> Changes, bool Truncated);

internal sealed record ApiChange(string Id, string Type, string Action, DateTime Utc);
