using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;

namespace Portal.Contents.Services;

/// <summary>Builds what templates see of an item: typed parts, plain field values, and what display handlers add.</summary>
internal sealed class ContentDisplay(
    IContentDefinitionStore definitions,
    IEnumerable<ContentPartDescriptor> parts,
    IServiceProvider services,
    IFeatureState features) : IContentDisplay
{
    public async Task<ContentView> BuildAsync(ContentItem item, string displayType, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken)
            ?? new ContentTypeDefinition { Name = item.ContentType, DisplayName = item.ContentType };
        var view = new ContentView
        {
            Item = item,
            Type = type,
            DisplayType = displayType,
            Url = UrlOf(item),
            Published = item.PublishedUtc is { } published ? ChinaTime.FromUtc(published) : null,
        };
        foreach (var typePart in type.Parts)
        {
            var descriptor = parts.FirstOrDefault(d => d.Name == typePart.Name && features.IsEnabledFor(d.PartType));
            if (descriptor is not null && item.Content[typePart.Name] is JsonObject node && node.Deserialize(descriptor.PartType, ContentJson.Options) is { } part)
                view.Parts[typePart.Name] = part;
        }
        foreach (var field in type.Fields)
            view.Fields[field.Name] = Plain(item.Fields[field.Name], field.Kind);
        // Resolved here, not injected: handlers build related items' summaries with this service.
        foreach (var handler in features.Enabled(services.GetServices<IContentDisplayHandler>()))
            await handler.DisplayingAsync(view, cancellationToken);
        return view;
    }

    public string UrlOf(ContentItem item)
        => item.As<AutoroutePart>()?.Path is { Length: > 0 } path ? PathToUrl(path) : "";

    /// <summary>Each segment percent-encoded, so Chinese paths make valid links.</summary>
    public static string PathToUrl(string path) => "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static object? Plain(JsonNode? value, ContentFieldKind kind) => value switch
    {
        null => null,
        JsonValue v when kind == ContentFieldKind.Number && v.TryGetValue<decimal>(out var number) => number,
        JsonValue v when kind == ContentFieldKind.Boolean && v.TryGetValue<bool>(out var flag) => flag,
        JsonValue v when kind == ContentFieldKind.Date && DateOnly.TryParseExact(v.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        JsonObject o when kind == ContentFieldKind.Link => o.Deserialize<LinkValue>(ContentJson.Options),
        JsonValue v => v.ToString(),
        _ => value.ToJsonString(),
    };
}
