using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Data;
using Portal.Abstractions.Recipes;
using Portal.Core.Modules;

namespace Portal.Core.Recipes;

/// <summary>
/// Runs a recipe's steps in order inside one unit of work: the whole recipe commits, or a
/// <see cref="RecipeException"/> naming the step and JSON path leaves the site as it was.
/// </summary>
public sealed class RecipeExecutor(IEnumerable<IRecipeStepHandler> handlers, IUnitOfWork unitOfWork, FeatureManager features, ILogger<RecipeExecutor> logger)
{
    public async Task ExecuteAsync(Recipe recipe, CancellationToken cancellationToken = default)
    {
        // Steps of features the recipe itself enables run in the same recipe, so all handlers are eligible.
        var byName = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var name = recipe.Steps[i].GetProperty("name").GetString()!;
            if (!byName.ContainsKey(name))
                throw new RecipeException(i, "$.name", $"未知的步骤 “{name}”。可用的步骤：{string.Join("、", byName.Keys.Order())}。");
        }

        // Later steps (content types, content) use the parts and handlers of features earlier steps enabled.
        using var pending = FeatureState.SeePending(features.PendingEnabled);
        await unitOfWork.ExecuteAsync(async ct =>
        {
            for (var i = 0; i < recipe.Steps.Count; i++)
            {
                var step = recipe.Steps[i];
                var handler = byName[step.GetProperty("name").GetString()!];
                try
                {
                    await handler.ExecuteAsync(new RecipeStepContext(recipe.Name, i, step), ct);
                }
                catch (DbUpdateException e)
                {
                    // A value the handler let through but the database refuses (a limit, a constraint).
                    logger.LogWarning(e, "Recipe {Recipe} step {Step} was refused by the database", recipe.Name, i);
                    throw new RecipeException(i, "$", $"数据库拒绝了此步骤的写入：{e.GetBaseException().Message}");
                }
            }
        }, cancellationToken);
        logger.LogInformation("Recipe {Recipe} ran {Steps} steps", recipe.Name, recipe.Steps.Count);
    }
}
