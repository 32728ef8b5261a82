using System.Text.Json;
using Portal.Abstractions.Recipes;

namespace Portal.Core.Recipes;

/// <summary>A parsed recipe: a name and its ordered steps.</summary>
public sealed record Recipe(string Name, string DisplayName, string Description, IReadOnlyList<JsonElement> Steps)
{
    /// <summary>Parses recipe JSON; a malformed recipe fails with the JSON path of the problem.</summary>
    public static Recipe Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RecipeException(-1, "$", $"不是有效的 JSON（第 {e.LineNumber + 1} 行，第 {e.BytePositionInLine + 1} 列）。");
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new RecipeException(-1, "$", "配方必须是一个 JSON 对象。");
        if (!root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            throw new RecipeException(-1, "$.name", "缺少配方名称 name。");
        if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
            throw new RecipeException(-1, "$.steps", "缺少步骤数组 steps。");

        var list = steps.EnumerateArray().ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].ValueKind != JsonValueKind.Object || !list[i].TryGetProperty("name", out var stepName) || stepName.ValueKind != JsonValueKind.String)
                throw new RecipeException(i, "$.name", "每个步骤都必须有字符串类型的 name。");
        }

        return new Recipe(
            name.GetString()!,
            root.TryGetProperty("displayName", out var display) ? display.GetString() ?? "" : "",
            root.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "",
            list);
    }
}
