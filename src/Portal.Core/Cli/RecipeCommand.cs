using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Core.Recipes;
using Portal.Core.Setup;

namespace Portal.Core.Cli;

/// <summary><c>dotnet run --project src/Portal.Web -- recipe run FILE</c>: runs a recipe against the configured database.</summary>
public static class RecipeCommand
{
    public static bool Matches(string[] args) => args is ["recipe", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not ["recipe", "run", var file])
        {
            Console.Error.WriteLine("用法 Usage: recipe run FILE");
            return 2;
        }
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"找不到配方文件 Recipe file not found: {file}");
            return 2;
        }

        await app.Services.GetRequiredService<PortalInitializer>().StartAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var recipe = Recipe.Parse(await File.ReadAllTextAsync(file));
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
            Console.WriteLine($"配方 “{recipe.Name}” 已执行（{recipe.Steps.Count} 个步骤）。Recipe ran.");
            return 0;
        }
        catch (RecipeException e)
        {
            Console.Error.WriteLine($"配方未执行，未作任何更改 Recipe rejected, nothing changed: {e.Message}");
            return 1;
        }
    }
}
