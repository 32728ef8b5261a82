using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Core.Recipes;
using Portal.Organization.Data;
using Portal.Testing;

namespace Portal.Organization.Tests.Recipes;

[Collection(SharedSite.Name)]
public sealed class UnitsStepTests(PortalFactory factory)
{
    private Task RunAsync(string json)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(json)));

    private Task<List<string>> VersionsAsync(string codePrefix) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<OrganizationDbContext>().Units.AsNoTracking()
            .Where(u => u.Code.StartsWith(codePrefix)).OrderBy(u => u.Code)
            .Select(u => u.Code + ":" + u.Version + ":" + u.ParentId).ToListAsync());

    [DatabaseSensitive("a recipe run twice relies on unique unit codes")]
    [Fact]
    public async Task TheSameUnits_RunTwice_AreCreatedOnceAndLeftUntouched()
    {
        var code = OrganizationTestData.NewCode("R");
        var json = $$"""
            { "name": "units", "steps": [ { "name": "units", "units": [
                { "code": "{{code}}", "name": "配方实践所", "kind": "Institute", "parent": "JY" },
                { "code": "{{code}}-1", "name": "配方实践站", "kind": "Station", "parent": "{{code}}", "address": "某村" }
            ] } ] }
            """;

        await RunAsync(json);
        var first = await VersionsAsync(code);
        await RunAsync(json);

        Assert.Equal(2, first.Count);
        Assert.Equal(first, await VersionsAsync(code));
    }

    [Fact]
    public async Task AUnitChangedInTheRecipe_IsUpdatedInPlace()
    {
        var code = OrganizationTestData.NewCode("R");
        await RunAsync($$"""{ "name": "a", "steps": [ { "name": "units", "units": [ { "code": "{{code}}", "name": "旧名", "kind": "Institute", "parent": "JY" } ] } ] }""");

        await RunAsync($$"""{ "name": "b", "steps": [ { "name": "units", "units": [ { "code": "{{code}}", "name": "新名", "kind": "Institute", "parent": "JY" } ] } ] }""");

        var unit = await factory.WithScopeAsync(sp => sp.GetRequiredService<Portal.Organization.Contracts.IUnitDirectory>().FindByCodeAsync(code));
        Assert.Equal("新名", unit!.Name);
        Assert.Single(await VersionsAsync(code));
    }

    [Theory]
    [InlineData("""{ "code": "X-1", "name": "站", "kind": "Station", "parent": "JY-HS-HX" }""", "$.steps[0].units[0].parent")]
    [InlineData("""{ "code": "X-2", "name": "", "kind": "Station", "parent": "JY-HS" }""", "$.steps[0].units[0].name")]
    [InlineData("""{ "code": "X-3", "name": "站", "kind": "Village", "parent": "JY-HS" }""", "$.steps[0].units[0].kind")]
    [InlineData("""{ "code": "X-4", "name": "站", "kind": "Station", "parent": "JY-HS", "colour": "red" }""", "$.steps[0].units[0]")]
    public async Task ABadUnit_IsRejectedWithItsJsonPath(string unit, string path)
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""{ "name": "bad", "steps": [ { "name": "units", "units": [ {{unit}} ] } ] }"""));

        Assert.StartsWith(path, error.JsonPath);
        Assert.Equal(0, error.StepIndex);
    }
}
