using Portal.Abstractions.Contents;
using Portal.Contents.Services;

namespace Portal.Contents.ViewModels;

/// <summary>The admin list of items: filters, rows and pages.</summary>
internal sealed record ContentListPage(
    IReadOnlyList<ContentRow> Rows,
    IReadOnlyList<ContentTypeDefinition> Types,
    IReadOnlyList<ContentTypeDefinition> Creatable,
    string? Type,
    string? Text,
    Pager Pager,
    bool InBin);

internal sealed record ContentRow(ContentItem Item, string TypeName, ContentItemState State, bool CanEdit, bool CanPublish, bool CanDelete)
{
    public string Status => State switch
    {
        { DeletedUtc: not null } => "回收站",
        { PublishAtUtc: not null } => "定时发布",
        { HasPublished: true, HasDraft: true } => "已发布（有草稿）",
        { HasPublished: true } => "已发布",
        _ => "草稿",
    };
}

/// <summary>The editor of one item: each part's editor and each field's value.</summary>
internal sealed class ContentEditPage
{
    public required ContentItem Item { get; init; }

    public required ContentTypeDefinition Type { get; init; }

    public required IReadOnlyList<PartEditorView> Parts { get; init; }

    public required IReadOnlyList<FieldEditorView> Fields { get; init; }

    public ContentItemState? State { get; init; }

    public bool IsNew => string.IsNullOrEmpty(Item.ContentItemVersionId);

    public bool CanPublish { get; init; }

    public bool CanDelete { get; init; }

    public string PublicUrl { get; init; } = "";

    /// <summary>For a content picker: the items it may pick, by field name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ContentItem>> PickerChoices { get; init; } = new Dictionary<string, IReadOnlyList<ContentItem>>();
}

internal sealed record PartEditorView(IContentPartEditor Editor, object Model, string DisplayName);

internal sealed record FieldEditorView(ContentField Field, string Value, string LinkText);

internal sealed record ContentHistoryPage(
    ContentItem Item,
    ContentItemState State,
    IReadOnlyList<ContentVersionInfo> Versions,
    IReadOnlyList<ContentAuditEntry> Audit,
    bool CanEdit);

internal sealed record ContentAuditPage(IReadOnlyList<ContentAuditEntry> Entries, int Page, bool HasNext);
