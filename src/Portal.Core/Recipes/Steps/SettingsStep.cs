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
            // Known settings are checked against their type, so a typo fails here rather than on a page.
            if (key == SiteSettings.Key)
                context.Read<SiteSettings>(value, $"$.values.{key}");
            await settings.SetAsync(key, value, cancellationToken);
        }
    }

    private sealed record Model(string Name, IReadOnlyDictionary<string, JsonElement> Values);
}
