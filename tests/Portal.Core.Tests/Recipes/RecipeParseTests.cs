using Portal.Abstractions.Recipes;
using Portal.Core.Recipes;

namespace Portal.Core.Tests.Recipes;

public sealed class RecipeParseTests
{
    [Theory]
    [InlineData("not json", "$")]
    [InlineData("[]", "$")]
    [InlineData("""{ "steps": [] }""", "$.name")]
    [InlineData("""{ "name": "x" }""", "$.steps")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "feature" }, { "enable": [] } ] }""", "$.steps[1].name")]
    public void AMalformedRecipe_IsRejectedWithThePathOfTheProblem(string json, string path)
    {
        var error = Assert.Throws<RecipeException>(() => Recipe.Parse(json));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void AWellFormedRecipe_KeepsItsStepsInOrder()
    {
        var recipe = Recipe.Parse("""
            // comments are allowed in recipes
            { "name": "demo", "displayName": "演示", "steps": [ { "name": "feature" }, { "name": "settings" }, ] }
            """);

        Assert.Equal("demo", recipe.Name);
        Assert.Equal("演示", recipe.DisplayName);
        Assert.Equal(["feature", "settings"], recipe.Steps.Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public void ReadingAStep_ReportsAWrongTypeWithItsPathInTheRecipe()
    {
        var recipe = Recipe.Parse("""{ "name": "x", "steps": [ { "name": "a" }, { "name": "b", "items": [ { "count": "three" } ] } ] }""");
        var context = new RecipeStepContext("x", 1, recipe.Steps[1]);

        var error = Assert.Throws<RecipeException>(() => context.Read<StepWithItems>());

        Assert.Equal("$.steps[1].items[0].count", error.JsonPath);
    }

    [Theory]
    [InlineData("""{ "name": "b", "items": [ { "count": 1, "colour": "red" } ] }""", "$.steps[0].items[0].colour", "不认识的属性")]
    [InlineData("""{ "name": "b" }""", "$.steps[0]", "缺少必需的属性")]
    [InlineData("""{ "name": "b", "items": [ { "count": "three" } ] }""", "$.steps[0].items[0].count", "值的类型不正确")]
    public void ReadingAStep_ExplainsTheProblemInChinese(string step, string path, string explanation)
    {
        var recipe = Recipe.Parse($$"""{ "name": "x", "steps": [ {{step}} ] }""");

        var error = Assert.Throws<RecipeException>(() => new RecipeStepContext("x", 0, recipe.Steps[0]).Read<StepWithItems>());

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(explanation, error.Problem);
    }

    private sealed record StepWithItems(string Name, IReadOnlyList<Item> Items);

    private sealed record Item(int Count);
}
