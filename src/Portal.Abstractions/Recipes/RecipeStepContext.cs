using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Abstractions.Recipes;

/// <summary>One step of a recipe being run, with helpers that name the JSON path of any problem.</summary>
public sealed class RecipeStepContext(string recipeName, int index, JsonElement step)
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string RecipeName { get; } = recipeName;

    /// <summary>Position of the step in the recipe's <c>steps</c> array.</summary>
    public int Index { get; } = index;

    public JsonElement Step { get; } = step;

    /// <summary>Reads the step strictly: unknown or missing members fail with their path.</summary>
    public T Read<T>() => Read<T>(Step, "$");

    /// <summary>Reads a part of the step found at <paramref name="path"/> (e.g. <c>$.values.Site</c>) as strictly.</summary>
    public T Read<T>(JsonElement element, string path)
    {
        try
        {
            return element.Deserialize<T>(Strict) ?? throw Error(path, "内容为空。");
        }
        catch (JsonException e)
        {
            throw Error(path + (e.Path ?? "$")[1..], Explain(e));
        }
    }

    /// <summary>System.Text.Json's messages, in the words of the people who write recipes.</summary>
    private static string Explain(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
            return "不认识的属性（请检查拼写）。";
        if (message.Contains("missing required properties", StringComparison.Ordinal))
            return "缺少必需的属性：" + message.Split("including: ").Last().Split('.')[0];
        if (message.Contains("could not be converted", StringComparison.Ordinal) || message.Contains("null value", StringComparison.Ordinal))
            return "值的类型不正确。";
        return "格式不正确：" + message.Split(" Path:")[0];
    }

    /// <summary>An error in this step at <paramref name="jsonPath"/> (relative to the step, e.g. <c>$.units[2].parent</c>).</summary>
    public RecipeException Error(string jsonPath, string message) => new(Index, jsonPath, message);
}
