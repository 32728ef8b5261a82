namespace Portal.Abstractions.Contents;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    /// <summary>The version the public sees; null when the item is not published.</summary>
    Published,

    /// <summary>The newest version, draft or published.</summary>
    Latest,
}

/// <summary>What a save does with the new version.</summary>
public enum SaveAction
{
    Draft,
    Publish,
}

/// <summary>A problem with an item, keyed by the editor field it belongs to (e.g. <c>TitlePart.Title</c>), or empty for the whole item.</summary>
public sealed record ContentError(string Key, string Message);

/// <summary>The outcome of a change: the item as saved, or the reasons nothing was saved.</summary>
public sealed record ContentResult(ContentItem? Item, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The change was refused because someone else changed the item first.</summary>
    public bool Conflict { get; init; }

    public static ContentResult Success(ContentItem item) => new(item, []);

    public static ContentResult Failure(string key, string message) => new(null, [new ContentError(key, message)]);
}

/// <summary>Creates, versions, publishes, schedules, deletes and restores content items; every change is audited.</summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with its parts present and empty.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>The published item at a public path (without the leading slash).</summary>
    Task<ContentItem?> GetByPathAsync(string path, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Items by id in the order asked for; missing ones are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="item"/> as a new version (a new item when it has no id). When the item
    /// exists, <see cref="ContentItem.Stamp"/> must be the stamp it was loaded with: otherwise the
    /// save is refused and the other edit kept.
    /// </summary>
    Task<ContentResult> SaveAsync(ContentItem item, SaveAction action, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version.</summary>
    Task<ContentResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Sets (or, with null, clears) when the latest version is published and when the item is unpublished.</summary>
    Task<ContentResult> ScheduleAsync(string contentItemId, DateTime? publishUtc, DateTime? unpublishUtc, CancellationToken cancellationToken = default);

    /// <summary>Moves the item to the recycle bin: unpublished, hidden from lists, restorable.</summary>
    Task<ContentResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Brings an item back from the recycle bin as a draft.</summary>
    Task<ContentResult> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes a copy of an old version the new latest draft.</summary>
    Task<ContentResult> RestoreVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentVersionInfo>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentAuditEntry>> GetAuditTrailAsync(string? contentItemId, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The item's state as the admin shows it (schedule, bin, versions).</summary>
    Task<ContentItemState?> GetStateAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>The states of several items at once (for lists), by item id.</summary>
    Task<IReadOnlyDictionary<string, ContentItemState>> GetStatesAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>Publishes and unpublishes what is due at <paramref name="nowUtc"/>; returns how many items changed.</summary>
    Task<int> RunScheduleAsync(DateTime nowUtc, CancellationToken cancellationToken = default);
}

public enum ContentStatus
{
    /// <summary>Items with a published version (the public's view).</summary>
    Published,

    /// <summary>Every item not in the recycle bin (the admin's view).</summary>
    Any,

    /// <summary>Items in the recycle bin.</summary>
    Deleted,
}

public enum ContentOrder
{
    /// <summary>Newest published first.</summary>
    Published,

    /// <summary>Most recently changed first.</summary>
    Modified,

    /// <summary>Oldest published first.</summary>
    PublishedAscending,

    /// <summary>Least recently changed first (<see cref="ContentItem.ChangedUtc"/>): incremental pulls page forward with it.</summary>
    ModifiedAscending,
}

/// <summary>A query over the content index.</summary>
public sealed record ContentQuery
{
    public IReadOnlyList<string> Types { get; init; } = [];

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    /// <summary>Items in this column (栏目).</summary>
    public string? ColumnId { get; init; }

    /// <summary>Items owned by this user id.</summary>
    public string? Owner { get; init; }

    /// <summary>Part of the display text.</summary>
    public string? Text { get; init; }

    /// <summary>Items changed after this time (for incremental pulls).</summary>
    public DateTime? SinceUtc { get; init; }

    /// <summary>Items published before this time (the previous item of a list).</summary>
    public DateTime? PublishedBeforeUtc { get; init; }

    /// <summary>Items published after this time (the next item of a list).</summary>
    public DateTime? PublishedAfterUtc { get; init; }

    public ContentOrder Order { get; init; } = ContentOrder.Published;

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}

/// <summary>One page of items (published versions for <see cref="ContentStatus.Published"/>, latest otherwise) and the total.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int Total);

public sealed record ContentVersionInfo(string ContentItemVersionId, int Number, string DisplayText, string Author, DateTime CreatedUtc, bool Published, bool Latest);

public sealed record ContentItemState(
    string ContentItemId,
    string ContentType,
    string Owner,
    bool HasPublished,
    bool HasDraft,
    DateTime? PublishAtUtc,
    DateTime? UnpublishAtUtc,
    DateTime? DeletedUtc);

/// <summary>The audited actions.</summary>
public static class ContentActions
{
    public const string Created = "创建";
    public const string Saved = "保存草稿";
    public const string Published = "发布";
    public const string Unpublished = "撤销发布";
    public const string Scheduled = "设置定时";
    public const string Removed = "移入回收站";
    public const string Restored = "从回收站恢复";
    public const string VersionRestored = "恢复历史版本";
}

public sealed record ContentAuditEntry(
    long Id,
    string ContentItemId,
    string ContentType,
    string DisplayText,
    int? VersionNumber,
    string? ContentItemVersionId,
    string Action,
    string UserName,
    DateTime Utc,
    string Note);
