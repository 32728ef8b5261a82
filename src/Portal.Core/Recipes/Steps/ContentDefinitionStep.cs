using Portal.Abstractions.Contents;
using Portal.Abstractions.Recipes;

namespace Portal.Core.Recipes.Steps;

/// <summary><c>{ "name": "contentdefinition", "types": [ { "name": "News", "displayName": "新闻", "parts": [...], "fields": [...] } ] }</c></summary>
internal sealed class ContentDefinitionStep(IContentDefinitionStore definitions) : IRecipeStepHandler
{
    public string StepName => "contentdefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        for (var i = 0; i < step.Types.Count; i++)
        {
            var errors = await definitions.SaveTypeAsync(step.Types[i], cancellationToken);
            if (errors.Count > 0)
                throw context.Error($"$.types[{i}]", string.Join(" ", errors.Select(e => e.Message)));
        }
    }

    private sealed record Model(string Name, IReadOnlyList<ContentTypeDefinition> Types);
}
