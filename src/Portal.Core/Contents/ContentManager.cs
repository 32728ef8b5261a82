using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Core.Data;

namespace Portal.Core.Contents;

/// <summary>
/// Items are an index row plus immutable version documents. Every change runs in a unit of work
/// under the item's lock, so handlers' writes (a module's index, the search log) commit with it,
/// and a stale edit is detected by the item's stamp.
/// </summary>
internal sealed class ContentManager(
    CoreDbContext db,
    IUnitOfWork unitOfWork,
    IContentDefinitionStore definitions,
    ContentPreparer preparer,
    IEnumerable<IContentHandler> allHandlers,
    IFeatureState features,
    ContentActor actor,
    TimeProvider clock) : IContentManager
{
    private IEnumerable<IContentHandler> Handlers => features.Enabled(allHandlers);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(contentType, cancellationToken)
            ?? throw new InvalidOperationException($"没有内容类型 {contentType}。");
        var item = new ContentItem { ContentType = type.Name, DisplayText = type.DisplayName };
        foreach (var part in type.Parts)
            item.Content[part.Name] = new JsonObject();
        _ = item.Fields;
        return item;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);
        var versionId = options == VersionOptions.Published ? record?.PublishedVersionId : record?.LatestVersionId;
        if (record is null || versionId is null)
            return null;
        var version = await db.ContentVersions.AsNoTracking().FirstAsync(v => v.ContentItemVersionId == versionId, cancellationToken);
        return ToItem(record, version);
    }

    public async Task<ContentItem?> GetByPathAsync(string path, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Path == path && i.PublishedVersionId != null && i.DeletedUtc == null, cancellationToken);
        return record is null ? null : (await LoadAsync([record], VersionOptions.Published, cancellationToken)).FirstOrDefault();
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var version = await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemVersionId == contentItemVersionId, cancellationToken);
        if (version is null)
            return null;
        var record = await db.ContentItems.AsNoTracking().FirstAsync(i => i.ContentItemId == version.ContentItemId, cancellationToken);
        return ToItem(record, version);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct().ToList();
        var records = await db.ContentItems.AsNoTracking().Where(i => ids.Contains(i.ContentItemId)).ToListAsync(cancellationToken);
        var items = await LoadAsync(records, options, cancellationToken);
        return ids.Select(id => items.FirstOrDefault(i => i.ContentItemId == id)).OfType<ContentItem>().ToList();
    }

    public Task<ContentResult> SaveAsync(ContentItem item, SaveAction action, CancellationToken cancellationToken = default)
        => SaveCoreAsync(item, action, note: null, cancellationToken);

    private async Task<ContentResult> SaveCoreAsync(ContentItem item, SaveAction action, string? note, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        if (type is null)
            return ContentResult.Failure("", $"没有内容类型 {item.ContentType}。");

        // A new item has no version yet; it may bring its own id (recipes do).
        var isNew = string.IsNullOrEmpty(item.ContentItemVersionId);
        var generatedId = isNew && string.IsNullOrEmpty(item.ContentItemId);
        if (generatedId)
            item.ContentItemId = NewId();

        var validation = new ValidateContentContext(item, type, action);
        preparer.Prepare(item, type, validation);
        foreach (var handler in Handlers)
            await handler.ValidatingAsync(validation, cancellationToken);
        if (type.HasPart<AutoroutePart>())
            PreparePath(item, type, validation);
        if (validation.Errors.Count > 0)
        {
            if (generatedId)
                item.ContentItemId = "";
            return new ContentResult(null, validation.Errors);
        }

        var saved = await unitOfWork.ExecuteAsync(async ct =>
        {
            ContentItemRecord record;
            if (isNew)
            {
                record = new ContentItemRecord
                {
                    ContentItemId = item.ContentItemId,
                    ContentType = type.Name,
                    Owner = string.IsNullOrEmpty(item.Owner) ? actor.UserId ?? "" : item.Owner,
                    CreatedUtc = Now,
                    LatestVersionId = "",
                    Stamp = "",
                };
                db.ContentItems.Add(record);
            }
            else
            {
                await LockAsync(item.ContentItemId, ct);
                var existing = await db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == item.ContentItemId, ct);
                if (existing is null)
                    return ContentResult.Failure("", "内容不存在，可能已被彻底删除。");
                if (existing.DeletedUtc is not null)
                    return ContentResult.Failure("", "内容在回收站中，请先恢复再编辑。");
                if (existing.Stamp != item.Stamp)
                    return await ConflictAsync(existing, ct);
                record = existing;
            }

            var checking = new ValidateContentContext(item, type, action);
            foreach (var handler in Handlers)
                await handler.CheckingAsync(checking, ct);
            if (checking.Errors.Count > 0)
                return Refuse(record, isNew, new ContentResult(null, checking.Errors));

            var path = item.As<AutoroutePart>()?.Path;
            if (path is not null && await PathTakenAsync(path, item.ContentItemId, ct))
                return Refuse(record, isNew, ContentResult.Failure($"{nameof(AutoroutePart)}.{nameof(AutoroutePart.Path)}", $"网址 /{path} 已被其他内容使用。"));

            var number = isNew ? 1 : await db.ContentVersions.Where(v => v.ContentItemId == item.ContentItemId).MaxAsync(v => v.Number, ct) + 1;
            var version = new ContentVersionRecord
            {
                ContentItemVersionId = NewId(),
                ContentItemId = item.ContentItemId,
                Number = number,
                DisplayText = Clip(item.DisplayText, 256),
                Author = actor.UserName,
                CreatedUtc = Now,
                Data = item.Content.ToJsonString(ContentJson.Options),
            };
            db.ContentVersions.Add(version);
            record.LatestVersionId = version.ContentItemVersionId;
            record.DisplayText = version.DisplayText;
            record.ModifiedUtc = Now;
            record.Stamp = NewId();
            if (record.PublishedVersionId is null)
                Route(record, item);
            await SaveChangesAsync(ct);

            var current = ToItem(record, version);
            foreach (var handler in Handlers)
                await handler.SavedAsync(current, ct);
            Audit(record, version, isNew ? ContentActions.Created : note is null ? ContentActions.Saved : ContentActions.VersionRestored, note ?? "");
            if (action == SaveAction.Publish)
                current = await PublishCoreAsync(record, version, ct);
            await SaveChangesAsync(ct);
            return ContentResult.Success(current);
        }, cancellationToken);

        if (generatedId && !saved.Succeeded)
            item.ContentItemId = "";
        if (saved.Item is { } written)
        {
            item.ContentItemVersionId = written.ContentItemVersionId;
            item.Number = written.Number;
            item.Stamp = written.Stamp;
            item.Published = written.Published;
            item.Latest = true;
        }
        return saved;
    }

    /// <summary>A refused save writes nothing: a new item's row must not linger in the context for a later save.</summary>
    private ContentResult Refuse(ContentItemRecord record, bool isNew, ContentResult result)
    {
        if (isNew)
            db.Entry(record).State = EntityState.Detached;
        return result;
    }

    public Task<ContentResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
        => ChangeAsync(contentItemId, async (record, ct) =>
        {
            var latest = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.LatestVersionId, ct);
            var path = ToItem(record, latest).As<AutoroutePart>()?.Path;
            if (path is not null && await PathTakenAsync(path, record.ContentItemId, ct))
                return ContentResult.Failure("", $"网址 /{path} 已被其他内容使用，请修改后再发布。");
            return ContentResult.Success(await PublishCoreAsync(record, latest, ct));
        }, cancellationToken);

    public Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
        => ChangeAsync(contentItemId, async (record, ct) =>
        {
            if (record.PublishedVersionId is null)
                return ContentResult.Failure("", "内容尚未发布。");
            return ContentResult.Success(await UnpublishCoreAsync(record, ct));
        }, cancellationToken);

    public Task<ContentResult> ScheduleAsync(string contentItemId, DateTime? publishUtc, DateTime? unpublishUtc, CancellationToken cancellationToken = default)
        => ChangeAsync(contentItemId, async (record, ct) =>
        {
            if (publishUtc <= Now)
                return ContentResult.Failure("PublishAt", "定时发布的时间已经过去，请选择将来的时间。");
            if (unpublishUtc <= Now)
                return ContentResult.Failure("UnpublishAt", "定时撤销的时间已经过去，请选择将来的时间。");
            if (publishUtc is not null && unpublishUtc <= publishUtc)
                return ContentResult.Failure("UnpublishAt", "撤销时间须晚于发布时间。");
            record.PublishAtUtc = publishUtc;
            record.UnpublishAtUtc = unpublishUtc;
            record.Stamp = NewId();
            var latest = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.LatestVersionId, ct);
            Audit(record, latest, ContentActions.Scheduled, ScheduleNote(publishUtc, unpublishUtc));
            await SaveChangesAsync(ct);
            return ContentResult.Success(ToItem(record, latest));
        }, cancellationToken);

    public Task<ContentResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
        => ChangeAsync(contentItemId, async (record, ct) =>
        {
            if (record.PublishedVersionId is not null)
                await UnpublishCoreAsync(record, ct);
            record.DeletedUtc = Now;
            record.PublishAtUtc = record.UnpublishAtUtc = null;
            record.Path = null;
            record.Stamp = NewId();
            var latest = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.LatestVersionId, ct);
            var item = ToItem(record, latest);
            foreach (var handler in Handlers)
                await handler.RemovedAsync(item, ct);
            Audit(record, latest, ContentActions.Removed, "");
            await SaveChangesAsync(ct);
            return ContentResult.Success(item);
        }, cancellationToken, allowDeleted: false);

    public Task<ContentResult> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default)
        => ChangeAsync(contentItemId, async (record, ct) =>
        {
            if (record.DeletedUtc is null)
                return ContentResult.Failure("", "内容不在回收站中。");
            var latest = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.LatestVersionId, ct);
            var item = ToItem(record, latest);
            var path = item.As<AutoroutePart>()?.Path;
            if (path is not null && await PathTakenAsync(path, record.ContentItemId, ct))
                return ContentResult.Failure("", $"网址 /{path} 已被其他内容使用，无法恢复；请先修改那条内容的网址。");
            record.DeletedUtc = null;
            record.Path = path;
            record.Stamp = NewId();
            item.Stamp = record.Stamp;
            foreach (var handler in Handlers)
                await handler.RestoredAsync(item, ct);
            Audit(record, latest, ContentActions.Restored, "");
            await SaveChangesAsync(ct);
            return ContentResult.Success(item);
        }, cancellationToken, allowDeleted: true);

    public async Task<ContentResult> RestoreVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await GetVersionAsync(contentItemVersionId, cancellationToken);
        if (old is null || old.ContentItemId != contentItemId)
            return ContentResult.Failure("", "找不到这个历史版本。");
        return await SaveCoreAsync(old, SaveAction.Draft, $"由第 {old.Number} 版恢复", cancellationToken);
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);
        if (record is null)
            return [];
        var versions = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentItemId == contentItemId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.ContentItemVersionId, v.Number, v.DisplayText, v.Author, v.CreatedUtc })
            .ToListAsync(cancellationToken);
        return versions.Select(v => new ContentVersionInfo(v.ContentItemVersionId, v.Number, v.DisplayText, v.Author, v.CreatedUtc,
            v.ContentItemVersionId == record.PublishedVersionId, v.ContentItemVersionId == record.LatestVersionId)).ToList();
    }

    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var q = db.ContentItems.AsNoTracking();
        q = query.Status switch
        {
            ContentStatus.Published => q.Where(i => i.PublishedVersionId != null && i.DeletedUtc == null),
            ContentStatus.Deleted => q.Where(i => i.DeletedUtc != null),
            _ => q.Where(i => i.DeletedUtc == null),
        };
        if (query.Types.Count > 0)
            q = q.Where(i => query.Types.Contains(i.ContentType));
        if (query.ColumnId is { } column)
            q = q.Where(i => i.ColumnId == column);
        if (query.Owner is { } owner)
            q = q.Where(i => i.Owner == owner);
        if (!string.IsNullOrWhiteSpace(query.Text))
            q = q.Where(i => i.DisplayText.Contains(query.Text.Trim()));
        if (query.SinceUtc is { } since)
            q = q.Where(i => i.ModifiedUtc > since || i.PublishedUtc > since);
        if (query.PublishedBeforeUtc is { } before)
            q = q.Where(i => i.PublishedUtc < before);
        if (query.PublishedAfterUtc is { } after)
            q = q.Where(i => i.PublishedUtc > after);
        q = query.Order switch
        {
            ContentOrder.Published => q.OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.ContentItemId),
            ContentOrder.PublishedAscending => q.OrderBy(i => i.PublishedUtc).ThenBy(i => i.ContentItemId),
            ContentOrder.ModifiedAscending => q.OrderBy(i => i.ModifiedUtc).ThenBy(i => i.ContentItemId),
            _ => q.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.ContentItemId),
        };

        var total = await q.CountAsync(cancellationToken);
        var records = await q.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        var items = await LoadAsync(records, query.Status == ContentStatus.Published ? VersionOptions.Published : VersionOptions.Latest, cancellationToken);
        return new ContentPage(items, total);
    }

    public async Task<IReadOnlyList<ContentAuditEntry>> GetAuditTrailAsync(string? contentItemId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var q = db.ContentAudit.AsNoTracking();
        if (contentItemId is not null)
            q = q.Where(a => a.ContentItemId == contentItemId);
        return await q.OrderByDescending(a => a.Id).Skip(skip).Take(take)
            .Select(a => new ContentAuditEntry(a.Id, a.ContentItemId, a.ContentType, a.DisplayText, a.VersionNumber, a.ContentItemVersionId, a.Action, a.UserName, a.Utc, a.Note))
            .ToListAsync(cancellationToken);
    }

    public async Task<ContentItemState?> GetStateAsync(string contentItemId, CancellationToken cancellationToken = default)
        => (await GetStatesAsync([contentItemId], cancellationToken)).GetValueOrDefault(contentItemId);

    public async Task<IReadOnlyDictionary<string, ContentItemState>> GetStatesAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct().ToList();
        return await db.ContentItems.AsNoTracking().Where(i => ids.Contains(i.ContentItemId))
            .Select(i => new ContentItemState(i.ContentItemId, i.ContentType, i.Owner, i.PublishedVersionId != null,
                i.PublishedVersionId != i.LatestVersionId, i.PublishAtUtc, i.UnpublishAtUtc, i.DeletedUtc))
            .ToDictionaryAsync(s => s.ContentItemId, cancellationToken);
    }

    public async Task<int> RunScheduleAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var due = await db.ContentItems.AsNoTracking()
            .Where(i => i.DeletedUtc == null && (i.PublishAtUtc <= nowUtc || i.UnpublishAtUtc <= nowUtc))
            .OrderBy(i => i.ContentItemId)
            .Select(i => i.ContentItemId)
            .Take(100)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in due)
            if ((await ChangeAsync(id, (record, ct) => RunDueAsync(record, nowUtc, ct), cancellationToken)).Succeeded)
                changed++;
        return changed;
    }

    /// <summary>Does what is due for one item; another node may have done it already, so it decides again under the lock.</summary>
    private async Task<ContentResult> RunDueAsync(ContentItemRecord record, DateTime nowUtc, CancellationToken ct)
    {
        var latest = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.LatestVersionId, ct);
        ContentItem item;
        if (record.PublishAtUtc <= nowUtc)
        {
            record.PublishAtUtc = null;
            var path = ToItem(record, latest).As<AutoroutePart>()?.Path;
            if (path is not null && await PathTakenAsync(path, record.ContentItemId, ct))
            {
                // Retrying would fail the same way every time: drop the schedule and say why in the trail.
                Audit(record, latest, ContentActions.Scheduled, $"定时发布未执行：网址 /{path} 已被其他内容使用。");
                await SaveChangesAsync(ct);
                return ContentResult.Failure("", "网址已被占用");
            }
            item = await PublishCoreAsync(record, latest, ct, note: "定时发布");
        }
        else if (record.UnpublishAtUtc <= nowUtc && record.PublishedVersionId is not null)
            item = await UnpublishCoreAsync(record, ct, note: "定时撤销");
        else if (record.UnpublishAtUtc <= nowUtc)
        {
            // Nothing is published any more: the schedule has nothing left to do.
            record.UnpublishAtUtc = null;
            item = ToItem(record, latest);
        }
        else
            return ContentResult.Failure("", "没有到期的操作");
        await SaveChangesAsync(ct);
        return ContentResult.Success(item);
    }

    private async Task<ContentItem> PublishCoreAsync(ContentItemRecord record, ContentVersionRecord version, CancellationToken ct, string note = "")
    {
        var wasPublished = record.PublishedVersionId is not null;
        record.PublishedVersionId = version.ContentItemVersionId;
        // An update keeps the date the public first saw the item.
        record.PublishedUtc = wasPublished ? record.PublishedUtc ?? Now : Now;
        record.PublishAtUtc = null;
        record.ModifiedUtc = Now;
        record.Stamp = NewId();
        var item = ToItem(record, version);
        Route(record, item);
        await SaveChangesAsync(ct);
        foreach (var handler in Handlers)
            await handler.PublishedAsync(item, ct);
        Audit(record, version, ContentActions.Published, note);
        return item;
    }

    private async Task<ContentItem> UnpublishCoreAsync(ContentItemRecord record, CancellationToken ct, string note = "")
    {
        var published = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.PublishedVersionId, ct);
        var item = ToItem(record, published);
        var latest = await db.ContentVersions.FirstAsync(v => v.ContentItemVersionId == record.LatestVersionId, ct);
        record.PublishedVersionId = null;
        record.PublishedUtc = null;
        record.UnpublishAtUtc = null;
        record.ModifiedUtc = Now;
        record.Stamp = NewId();
        Route(record, ToItem(record, latest));
        await SaveChangesAsync(ct);
        foreach (var handler in Handlers)
            await handler.UnpublishedAsync(item, ct);
        Audit(record, published, ContentActions.Unpublished, note);
        return ToItem(record, latest);
    }

    /// <summary>Runs a change of an existing item in a unit of work, under its lock.</summary>
    private Task<ContentResult> ChangeAsync(string contentItemId, Func<ContentItemRecord, CancellationToken, Task<ContentResult>> change,
        CancellationToken cancellationToken, bool allowDeleted = false)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            await LockAsync(contentItemId, ct);
            var record = await db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, ct);
            if (record is null)
                return ContentResult.Failure("", "内容不存在。");
            if (record.DeletedUtc is not null && !allowDeleted)
                return ContentResult.Failure("", "内容在回收站中，请先恢复。");
            return await change(record, ct);
        }, cancellationToken);

    private async Task<ContentResult> ConflictAsync(ContentItemRecord current, CancellationToken ct)
    {
        var by = await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemVersionId == current.LatestVersionId)
            .Select(v => v.Author).FirstAsync(ct);
        var at = Portal.Abstractions.Display.ChinaTime.FromUtc(current.ModifiedUtc);
        return ContentResult.Failure("", $"保存失败：{by} 在 {at:yyyy-MM-dd HH:mm:ss} 修改了这条内容，你看到的已不是最新版本。对方的修改已保留；请重新打开后再改。")
            with { Conflict = true };
    }

    private void PreparePath(ContentItem item, ContentTypeDefinition type, ValidateContentContext validation)
    {
        var key = $"{nameof(AutoroutePart)}.{nameof(AutoroutePart.Path)}";
        var path = ContentPaths.Normalize(item.As<AutoroutePart>()?.Path)
            ?? ContentPaths.Default(type.RoutePrefix.Length > 0 ? type.RoutePrefix : type.Name.ToLowerInvariant(), Now, item.ContentItemId);
        if (ContentPaths.Problem(path) is { } problem)
            validation.Fail(key, problem);
        item.Alter<AutoroutePart>(p => p.Path = path);
    }

    private Task<bool> PathTakenAsync(string path, string contentItemId, CancellationToken ct)
        => db.ContentItems.AnyAsync(i => i.Path == path && i.ContentItemId != contentItemId, ct);

    private static void Route(ContentItemRecord record, ContentItem item)
    {
        record.Path = record.DeletedUtc is null ? item.As<AutoroutePart>()?.Path : null;
        record.ColumnId = item.As<ColumnPart>()?.ColumnId is { Length: > 0 } column ? column : null;
    }

    private void Audit(ContentItemRecord record, ContentVersionRecord version, string action, string note)
        => db.ContentAudit.Add(new ContentAuditRecord
        {
            ContentItemId = record.ContentItemId,
            ContentType = record.ContentType,
            DisplayText = version.DisplayText,
            ContentItemVersionId = version.ContentItemVersionId,
            VersionNumber = version.Number,
            Action = action,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Utc = Now,
            Note = Clip(note, 256),
        });

    private async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new InvalidOperationException("内容在保存时被同时修改。");
        }
    }

    private Task LockAsync(string contentItemId, CancellationToken ct) => unitOfWork.LockAsync("Contents.Item:" + contentItemId, ct);

    private async Task<List<ContentItem>> LoadAsync(List<ContentItemRecord> records, VersionOptions options, CancellationToken ct)
    {
        var versionIds = records.Select(r => options == VersionOptions.Published ? r.PublishedVersionId : r.LatestVersionId).OfType<string>().ToList();
        var versions = await db.ContentVersions.AsNoTracking().Where(v => versionIds.Contains(v.ContentItemVersionId))
            .ToDictionaryAsync(v => v.ContentItemVersionId, ct);
        return records
            .Select(r => (options == VersionOptions.Published ? r.PublishedVersionId : r.LatestVersionId) is { } id && versions.TryGetValue(id, out var v) ? ToItem(r, v) : null)
            .OfType<ContentItem>()
            .ToList();
    }

    private static ContentItem ToItem(ContentItemRecord record, ContentVersionRecord version) => new()
    {
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = version.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = version.DisplayText,
        Number = version.Number,
        Published = record.PublishedVersionId == version.ContentItemVersionId,
        Latest = record.LatestVersionId == version.ContentItemVersionId,
        Owner = record.Owner,
        Author = version.Author,
        CreatedUtc = record.CreatedUtc,
        ModifiedUtc = version.CreatedUtc,
        ChangedUtc = record.ModifiedUtc,
        PublishedUtc = record.PublishedVersionId == version.ContentItemVersionId ? record.PublishedUtc : null,
        Stamp = record.Stamp,
        Content = JsonNode.Parse(version.Data) as JsonObject ?? [],
    };

    private static string ScheduleNote(DateTime? publishUtc, DateTime? unpublishUtc)
    {
        static string At(DateTime? utc) => utc is { } t ? Portal.Abstractions.Display.ChinaTime.FromUtc(t).ToString("yyyy-MM-dd HH:mm") : "无";
        return $"定时发布：{At(publishUtc)}；定时撤销：{At(unpublishUtc)}";
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
