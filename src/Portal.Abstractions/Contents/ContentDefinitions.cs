using System.Text.Json.Nodes;

namespace Portal.Abstractions.Contents;

/// <summary>A content type: the parts it is composed of and its generic fields. Defined by recipes and the admin.</summary>
public sealed class ContentTypeDefinition
{
    /// <summary>Technical name, e.g. <c>Briefing</c>: letters and digits, starting with a letter.</summary>
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Editors may create items of the type in the admin.</summary>
    public bool Creatable { get; set; } = true;

    /// <summary>The type has its own public list and feed.</summary>
    public bool Listable { get; set; } = true;

    /// <summary>URL prefix for the type's public pages, e.g. <c>news</c>.</summary>
    public string RoutePrefix { get; set; } = "";

    public List<ContentTypePart> Parts { get; set; } = [];

    public List<ContentField> Fields { get; set; } = [];

    public bool HasPart(string partName) => Parts.Any(p => p.Name == partName);

    public bool HasPart<T>() where T : ContentPart => HasPart(typeof(T).Name);
}

/// <summary>A part in a type, with the settings this type gives it.</summary>
public sealed class ContentTypePart
{
    public string Name { get; set; } = "";

    public JsonObject Settings { get; set; } = [];

    /// <summary>
    /// <c>"settings": { "hideEditor": true }</c>: the admin shows no editor for the part, because a handler
    /// fills it (a briefing's path comes from its series, year and number).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HidesEditor => Settings["hideEditor"] is JsonValue v && v.TryGetValue<bool>(out var hidden) && hidden;
}

/// <summary>A generic field of a content type.</summary>
public sealed class ContentField
{
    /// <summary>Technical name, e.g. <c>Source</c>.</summary>
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public ContentFieldKind Kind { get; set; }

    public bool Required { get; set; }

    /// <summary>A short help text shown under the editor.</summary>
    public string Hint { get; set; } = "";

    /// <summary>For a content picker: the types it may pick.</summary>
    public List<string> PickTypes { get; set; } = [];
}

public enum ContentFieldKind
{
    Text,
    Html,
    Date,
    Number,
    Boolean,
    Link,
    Media,
    ContentPicker,
}

/// <summary>A link field's value.</summary>
public sealed record LinkValue(string Url, string Text);

/// <summary>Reads and writes the content type definitions.</summary>
public interface IContentDefinitionStore
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default);

    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a type; returns the problems (empty when saved).</summary>
    Task<IReadOnlyList<ContentError>> SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default);

    /// <summary>Deletes a type that has no items; returns the problem when it has.</summary>
    Task<ContentError?> DeleteTypeAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>A part a module contributes; registered with <c>AddContentPart&lt;T&gt;()</c>.</summary>
public sealed record ContentPartDescriptor(Type PartType, string DisplayName, string Description)
{
    public string Name => PartType.Name;
}
