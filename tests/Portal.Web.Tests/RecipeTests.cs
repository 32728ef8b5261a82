using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Settings;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Testing;

namespace Portal.Web.Tests;

[DatabaseSensitive("recipes all-or-nothing in one transaction, run again against unique keys")]
public sealed class RecipeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Recipe_WithAFailingStep_LeavesNothingOfTheEarlierStepsBehind()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var recipe = Recipe.Parse($$"""
            {
              "name": "failing",
              "steps": [
                { "name": "settings", "values": { "Site": { "name": "改过的站点名称" } } },
                { "name": "units", "units": [ { "code": "{{code}}", "name": "新建的实践所", "kind": "Institute", "parent": "JY" } ] },
                { "name": "units", "units": [ { "code": "{{code}}-S", "name": "实践站", "kind": "Station", "parent": "NO-SUCH-UNIT" } ] }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(recipe));

        Assert.Equal(2, error.StepIndex);
        Assert.Equal("$.steps[2].units[0].parent", error.JsonPath);
        Assert.Contains("NO-SUCH-UNIT", error.Message);
        var site = await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().GetAsync<SiteSettings>(SiteSettings.Key));
        Assert.Equal("江阴市新时代文明实践中心", site!.Name);
        Assert.False(await UnitExistsAsync(code));
    }

    [Fact]
    public async Task Recipe_WithAnUnknownMember_NamesItsJsonPathAndChangesNothing()
    {
        var recipe = Recipe.Parse("""
            { "name": "typo", "steps": [ { "name": "feature", "enable": [] }, { "name": "settings", "valuez": {} } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(recipe));

        Assert.Equal(1, error.StepIndex);
        Assert.StartsWith("$.steps[1]", error.JsonPath);
        Assert.Contains("valuez", error.Message);
    }

    [Fact]
    public async Task ATypoInTheSiteSettings_IsRejectedAtItsPath()
    {
        var recipe = Recipe.Parse("""{ "name": "typo", "steps": [ { "name": "settings", "values": { "Site": { "nmae": "站点" } } } ] }""");

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(recipe));

        Assert.Equal("$.steps[0].values.Site.nmae", error.JsonPath);
    }

    [Fact]
    public async Task Recipe_WithAnUnknownStep_IsRefusedBeforeAnythingRuns()
    {
        var recipe = Recipe.Parse("""{ "name": "unknown", "steps": [ { "name": "settings", "values": {} }, { "name": "frobnicate" } ] }""");

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(recipe));

        Assert.Equal("$.steps[1].name", error.JsonPath);
        Assert.Contains("frobnicate", error.Message);
    }

    [Fact]
    public async Task SetupRecipe_RunAgain_ChangesNothing()
    {
        var before = await SnapshotAsync();

        await RunAsync(factory.Services.GetRequiredService<RecipeFiles>().Find("jiangyin-pilot")!);

        Assert.Equal(before, await SnapshotAsync());
    }

    private Task RunAsync(Recipe recipe)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe));

    private Task<bool> UnitExistsAsync(string code)
        => factory.WithScopeAsync(async sp => await sp.GetRequiredService<Portal.Organization.Contracts.IUnitDirectory>().FindByCodeAsync(code) is not null);

    /// <summary>Everything the setup recipe writes, with versions, as one comparable string.</summary>
    private Task<string> SnapshotAsync() => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoreDbContext>();
        var settings = await db.Settings.AsNoTracking().Where(s => s.Key != "Setup").OrderBy(s => s.Key).Select(s => s.Key + ":" + s.Version + ":" + s.Json).ToListAsync();
        var features = await db.Features.AsNoTracking().OrderBy(f => f.FeatureId).Select(f => f.FeatureId + ":" + f.Enabled + ":" + f.ChangedUtc).ToListAsync();
        var grants = await db.RoleClaims.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id + ":" + c.RoleId + ":" + c.ClaimValue).ToListAsync();
        var tree = await sp.GetRequiredService<Portal.Organization.Contracts.IUnitDirectory>().GetTreeAsync();
        var units = tree.Where(u => u.Code == "JY" || u.Code.StartsWith("JY-", StringComparison.Ordinal)).Select(u => u.ToString());
        return string.Join("\n", settings.Concat(features).Concat(grants).Concat(units));
    });
}
