using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Abstractions.Contents;

/// <summary>
/// One version of a content item: its parts and fields as a JSON document
/// (<c>{ "TitlePart": { ... }, "News": { "Source": ... } }</c>) plus the columns every item has.
/// </summary>
public sealed class ContentItem
{
    /// <summary>The item, the same across its versions.</summary>
    public string ContentItemId { get; set; } = "";

    /// <summary>This version; empty until the item is first saved.</summary>
    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    /// <summary>1 for the first version, then one more per saved version.</summary>
    public int Number { get; set; }

    public bool Published { get; set; }

    public bool Latest { get; set; }

    /// <summary>The user id of the item's owner (its creator unless changed).</summary>
    public string Owner { get; set; } = "";

    /// <summary>The user name of whoever saved this version.</summary>
    public string Author { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>
    /// When the item last changed in any way (a save, publish, unpublish, schedule, bin): what
    /// <see cref="ContentQuery.SinceUtc"/> compares, so an incremental pull resumes from it.
    /// </summary>
    public DateTime ChangedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>Changes on every write; an edit made from an older stamp is refused.</summary>
    public string Stamp { get; set; } = "";

    public JsonObject Content { get; set; } = [];

    /// <summary>The part stored under its type name, or null when the item has none.</summary>
    public T? As<T>() where T : ContentPart
        => Content[typeof(T).Name] is JsonObject node ? node.Deserialize<T>(ContentJson.Options) : null;

    public bool Has<T>() where T : ContentPart => Content.ContainsKey(typeof(T).Name);

    /// <summary>Stores <paramref name="part"/> under its type name, replacing what was there.</summary>
    public ContentItem Apply<T>(T part) where T : ContentPart
    {
        Content[typeof(T).Name] = JsonSerializer.SerializeToNode(part, ContentJson.Options);
        return this;
    }

    /// <summary>Reads, changes and stores a part (a new one when the item has none).</summary>
    public ContentItem Alter<T>(Action<T> change) where T : ContentPart, new()
    {
        var part = As<T>() ?? new T();
        change(part);
        return Apply(part);
    }

    /// <summary>The generic fields of the type, kept under the type's own name.</summary>
    public JsonObject Fields
    {
        get
        {
            if (Content[ContentType] is not JsonObject fields)
                Content[ContentType] = fields = [];
            return fields;
        }
    }

    public ContentItem Clone()
    {
        var copy = (ContentItem)MemberwiseClone();
        copy.Content = (JsonObject)Content.DeepClone();
        return copy;
    }
}

/// <summary>A code-defined piece of a content type (title, route, body, briefing masthead ...).</summary>
public abstract class ContentPart;

/// <summary>How parts and fields are written into a content item's document.</summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
