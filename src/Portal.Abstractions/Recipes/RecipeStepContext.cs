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
    public T Read<T>()
    {
        try
        {
            return Step.Deserialize<T>(Strict) ?? throw Error("$", "步骤内容为空");
        }
        catch (JsonException e)
        {
            throw Error(e.Path ?? "$", e.Message.Split(" Path:")[0]);
        }
    }

    /// <summary>An error in this step at <paramref name="jsonPath"/> (relative to the step, e.g. <c>$.units[2].parent</c>).</summary>
    public RecipeException Error(string jsonPath, string message) => new(Index, jsonPath, message);
}
