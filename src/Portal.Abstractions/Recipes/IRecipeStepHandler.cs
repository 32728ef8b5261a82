namespace Portal.Abstractions.Recipes;

/// <summary>Executes one kind of recipe step (<c>"name": "units"</c>). Steps must be idempotent.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The value of the step's <c>name</c> property this handler executes.</summary>
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
