using Portal.Abstractions.Recipes;
using Portal.Core.Modules;

namespace Portal.Core.Recipes.Steps;

/// <summary><c>{ "name": "feature", "enable": [...], "disable": [...] }</c></summary>
internal sealed class FeatureStep(FeatureManager features) : IRecipeStepHandler
{
    public string StepName => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        for (var i = 0; i < step.Enable.Count; i++)
        {
            var change = await features.EnableAsync([step.Enable[i]], cancellationToken);
            if (!change.Succeeded)
                throw context.Error($"$.enable[{i}]", change.Refusal!);
        }
        for (var i = 0; i < step.Disable.Count; i++)
        {
            var change = await features.DisableAsync(step.Disable[i], cancellationToken);
            if (!change.Succeeded)
                throw context.Error($"$.disable[{i}]", change.Refusal!);
        }
    }

    private sealed record Model(string Name, IReadOnlyList<string>? Enable = null, IReadOnlyList<string>? Disable = null)
    {
        public IReadOnlyList<string> Enable { get; } = Enable ?? [];
        public IReadOnlyList<string> Disable { get; } = Disable ?? [];
    }
}
