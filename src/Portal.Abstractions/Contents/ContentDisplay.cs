namespace Portal.Abstractions.Contents;

/// <summary>What a public template sees of an item: its parts, fields and what modules add.</summary>
public sealed class ContentView
{
    public required ContentItem Item { get; init; }

    public required ContentTypeDefinition Type { get; init; }

    /// <summary><c>Detail</c> or <c>Summary</c>.</summary>
    public required string DisplayType { get; init; }

    public string ContentItemId => Item.ContentItemId;

    public string ContentType => Item.ContentType;

    public string DisplayText => Item.DisplayText;

    /// <summary>The public address, e.g. <c>/news/2026/11/0f3a9c</c>.</summary>
    public string Url { get; init; } = "";

    /// <summary>Publication time in China time.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The item's parts as objects, by part name (<c>Model.Parts.TitlePart.Title</c>).</summary>
    public Dictionary<string, object> Parts { get; } = [];

    /// <summary>Generic field values by field name, as plain values (string, number, bool, date, link).</summary>
    public Dictionary<string, object?> Fields { get; } = [];

    /// <summary>What display handlers add (a column's list, a policy's explainers ...).</summary>
    public Dictionary<string, object?> Data { get; } = [];
}

/// <summary>Adds to what a public template gets for an item (related items, lists, navigation).</summary>
public interface IContentDisplayHandler
{
    Task DisplayingAsync(ContentView view, CancellationToken cancellationToken);
}

/// <summary>Turns items into template models and finds their public addresses.</summary>
public interface IContentDisplay
{
    Task<ContentView> BuildAsync(ContentItem item, string displayType, CancellationToken cancellationToken = default);

    /// <summary>The item's public address, or empty when it has no route.</summary>
    string UrlOf(ContentItem item);
}
