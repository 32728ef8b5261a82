using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Abstractions.Contents;

namespace Portal.Core.Contents;

/// <summary>
/// Makes an item ready to be written: its HTML sanitized (every <see cref="RichTextAttribute"/>
/// property of every part, every HTML field), its display text taken from the title, its fields
/// checked against their kinds.
/// </summary>
internal sealed class ContentPreparer(ContentPartCatalog parts, IRichTextSanitizer sanitizer)
{
    public void Prepare(ContentItem item, ContentTypeDefinition type, ValidateContentContext context)
    {
        foreach (var typePart in type.Parts)
            if (parts.Find(typePart.Name) is { } descriptor && item.Content[typePart.Name] is JsonObject node)
                item.Content[typePart.Name] = SanitizePart(node, descriptor.PartType);

        item.DisplayText = item.As<TitlePart>()?.Title.Trim() is { Length: > 0 } title ? title : item.DisplayText;
        if (string.IsNullOrWhiteSpace(item.DisplayText))
            item.DisplayText = type.DisplayName;

        foreach (var field in type.Fields)
            PrepareField(item.Fields, field, context);
    }

    private JsonNode? SanitizePart(JsonObject node, Type partType)
    {
        var part = node.Deserialize(partType, ContentJson.Options);
        if (part is not null)
            Sanitize(part, depth: 0);
        return JsonSerializer.SerializeToNode(part, partType, ContentJson.Options);
    }

    private void Sanitize(object target, int depth)
    {
        if (depth > 8)
            return;
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0)
                continue;
            if (property.PropertyType == typeof(string))
            {
                if (property.CanWrite && property.IsDefined(typeof(RichTextAttribute)))
                    property.SetValue(target, sanitizer.Sanitize((string?)property.GetValue(target)));
            }
            else if (property.GetValue(target) is IEnumerable list and not string)
            {
                foreach (var element in list)
                    if (element is not null && IsComposite(element.GetType()))
                        Sanitize(element, depth + 1);
            }
            else if (IsComposite(property.PropertyType) && property.GetValue(target) is { } child)
                Sanitize(child, depth + 1);
        }
    }

    private static bool IsComposite(Type type)
        => type.IsClass && type != typeof(string) && !typeof(JsonNode).IsAssignableFrom(type);

    private void PrepareField(JsonObject fields, ContentField field, ValidateContentContext context)
    {
        var key = $"{context.Type.Name}.{field.Name}";
        var value = fields[field.Name];
        if (IsEmpty(value))
        {
            fields.Remove(field.Name);
            if (field.Required)
                context.Fail(key, $"请填写{field.DisplayName}。");
            return;
        }

        switch (field.Kind)
        {
            case ContentFieldKind.Html:
                fields[field.Name] = sanitizer.Sanitize(Text(value));
                break;
            case ContentFieldKind.Text or ContentFieldKind.Media or ContentFieldKind.ContentPicker:
                if (Text(value) is not { } text)
                    context.Fail(key, $"{field.DisplayName}应为文字。");
                else if (text.Length > 4000)
                    context.Fail(key, $"{field.DisplayName}最多 4000 个字。");
                break;
            case ContentFieldKind.Date:
                if (!DateOnly.TryParseExact(Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    context.Fail(key, $"{field.DisplayName}不是有效的日期（格式如 2026-11-29）。");
                break;
            case ContentFieldKind.Number:
                if (value is not JsonValue number || !number.TryGetValue<decimal>(out _))
                    context.Fail(key, $"{field.DisplayName}应为数字。");
                break;
            case ContentFieldKind.Boolean:
                if (value is not JsonValue flag || !flag.TryGetValue<bool>(out _))
                    context.Fail(key, $"{field.DisplayName}应为“是”或“否”。");
                break;
            case ContentFieldKind.Link:
                var link = value.Deserialize<LinkValue>(ContentJson.Options);
                if (link is null || !IsSafeUrl(link.Url))
                    context.Fail(key, $"{field.DisplayName}的网址须以 http://、https:// 或 / 开头。");
                break;
        }
    }

    /// <summary>Absolute http(s) addresses and site-relative paths; never <c>javascript:</c> and the like.</summary>
    public static bool IsSafeUrl(string? url)
        => !string.IsNullOrWhiteSpace(url)
           && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
               || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));

    private static bool IsEmpty(JsonNode? value)
        => value is null || (value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
