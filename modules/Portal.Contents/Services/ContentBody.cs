using Portal.Abstractions.Contents;

namespace Portal.Contents.Services;

/// <summary>What feeds and the API take as an item's body and its stable identifier.</summary>
internal static class ContentBody
{
    /// <summary>The body part's HTML, else the type's first HTML field (sanitized on save either way).</summary>
    public static string HtmlOf(ContentItem item, ContentTypeDefinition? type)
    {
        if (item.As<HtmlBodyPart>()?.Html is { Length: > 0 } body)
            return body;
        var field = type?.Fields.FirstOrDefault(f => f.Kind == ContentFieldKind.Html && item.Fields[f.Name] is not null);
        return field is null ? "" : item.Fields[field.Name]!.ToString();
    }

    /// <summary>A name for the item that survives a change of its path: feed guids and Atom ids.</summary>
    public static string Urn(ContentItem item) => $"urn:portal:content:{item.ContentItemId}";
}
