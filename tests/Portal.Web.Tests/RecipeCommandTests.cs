using Portal.Testing;

namespace Portal.Web.Tests;

/// <summary>
/// <c>dotnet Portal.Web.dll recipe run FILE</c> on the tier's database: on an empty one (setup first), or on a copy of the
/// set-up site.
/// </summary>
[DatabaseSensitive("the command line sets up and changes the same database")]
public sealed class RecipeCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-cli-").FullName;
    private readonly List<PortalFactory> _sites = [];

    [Fact]
    public async Task RecipeRun_WithAValidFile_SetsUpTheSiteAndRunsTheRecipe()
    {
        var file = Path.Combine(_folder, "ok.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "cli", "steps": [ { "name": "settings", "values": { "Site": { "name": "命令行站点" } } } ] }
            """);

        var (exitCode, output) = await RunAsync(new PortalFactory { SetsUpFromScratch = true }, "recipe", "run", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("配方 “cli” 已执行", output);
    }

    [Fact]
    public async Task RecipeRun_WithTheNameOfAShippedRecipe_RunsIt()
    {
        var (exitCode, output) = await RunAsync(new PortalFactory(), "recipe", "run", "jiangyin-pilot");

        Assert.Equal(0, exitCode);
        Assert.Contains("配方 “jiangyin-pilot” 已执行", output);
    }

    [Fact]
    public async Task RecipeRun_WithABadStep_ExitsWithTheStepAndPath()
    {
        var file = Path.Combine(_folder, "bad.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "cli-bad", "steps": [ { "name": "units", "units": [ { "code": "X1", "name": "无上级", "kind": "Station", "parent": "NOPE" } ] } ] }
            """);

        var (exitCode, output) = await RunAsync(new PortalFactory(), "recipe", "run", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.steps[0].units[0].parent", output);
    }

    private Task<(int ExitCode, string Output)> RunAsync(PortalFactory site, params string[] args)
    {
        _sites.Add(site);
        return SiteProcess.RunAsync(site.PrepareForProcess(), TimeSpan.FromMinutes(2), args);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in _sites)
            await site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
