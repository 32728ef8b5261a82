using System.Text.Json;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Settings;
using Portal.Core.Data;

namespace Portal.Core.Recipes.Steps;

/// <summary><c>{ "name": "settings", "values": { "Site": { ... }, "Home": { ... } } }</c>: stores each value under its key.</summary>
internal sealed class SettingsStep(ISettingsStore settings) : IRecipeStepHandler
{
    public string StepName => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        foreach (var (key, value) in step.Values)
        {
            if (key.Length is 0 or > SettingRecord.MaxKeyLength)
                throw context.Error($"$.values", $"设置名称须为 1–{SettingRecord.MaxKeyLength} 个字符：“{key}”。");
            if (value.ValueKind != JsonValueKind.Object)
                throw context.Error($"$.values.{key}", "设置值必须是 JSON 对象。");
            if (key == SiteSettings.Key)
                ReadAs<SiteSettings>(context, key, value);
            await settings.SetAsync(key, value, cancellationToken);
        }
    }

    /// <summary>Known settings are checked against their type so a typo fails here, not on a page.</summary>
    private static void ReadAs<T>(RecipeStepContext context, string key, JsonElement value)
    {
        var probe = new RecipeStepContext(context.RecipeName, context.Index, value);
        try
        {
            probe.Read<T>();
        }
        catch (RecipeException e)
        {
            throw context.Error($"$.values.{key}{e.JsonPath[$"$.steps[{context.Index}]".Length..]}", e.Problem);
        }
    }

    private sealed record Model(string Name, IReadOnlyDictionary<string, JsonElement> Values);
}
