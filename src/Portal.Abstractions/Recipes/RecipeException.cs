namespace Portal.Abstractions.Recipes;

/// <summary>
/// A recipe problem, located by step index and JSON path; nothing of the recipe was kept. A step index
/// of -1 means the recipe as a whole (not JSON, no steps).
/// </summary>
public sealed class RecipeException(int stepIndex, string jsonPath, string problem)
    : Exception(stepIndex < 0
        ? $"配方（{jsonPath}）：{problem}"
        : $"步骤 {stepIndex}（{ToRecipePath(stepIndex, jsonPath)}）：{problem}")
{
    public int StepIndex { get; } = stepIndex;

    /// <summary>Path from the recipe's root, e.g. <c>$.steps[2].units[0].parent</c>.</summary>
    public string JsonPath { get; } = ToRecipePath(stepIndex, jsonPath);

    public string Problem { get; } = problem;

    private static string ToRecipePath(int stepIndex, string stepPath)
    {
        if (stepIndex < 0)
            return stepPath;
        var rest = stepPath.StartsWith('$') ? stepPath[1..] : "." + stepPath;
        return $"$.steps[{stepIndex}]{rest}";
    }
}
