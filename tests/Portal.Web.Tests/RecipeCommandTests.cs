using Portal.Testing;

namespace Portal.Web.Tests;

/// <summary><c>dotnet Portal.Web.dll recipe run FILE</c> against a database of its own.</summary>
[DatabaseSensitive("the command line sets up and changes the same database")]
public sealed class RecipeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-cli-").FullName;

    [Fact]
    public async Task RecipeRun_WithAValidFile_SetsUpTheSiteAndRunsTheRecipe()
    {
        var file = Path.Combine(_folder, "ok.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "cli", "steps": [ { "name": "settings", "values": { "Site": { "name": "命令行站点" } } } ] }
            """);

        var (exitCode, output) = await RunAsync("recipe", "run", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("配方 “cli” 已执行", output);
    }

    [Fact]
    public async Task RecipeRun_WithTheNameOfAShippedRecipe_RunsIt()
    {
        var (exitCode, output) = await RunAsync("recipe", "run", "jiangyin-pilot");

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

        var (exitCode, output) = await RunAsync("recipe", "run", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.steps[0].units[0].parent", output);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args)
        => SiteProcess.RunAsync(new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(_folder, "portal.db")}",
            ["Portal:AppData"] = _folder,
        }, TimeSpan.FromMinutes(2), args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
