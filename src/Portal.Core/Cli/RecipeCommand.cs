using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Cli;
using Portal.Abstractions.Recipes;
using Portal.Core.Recipes;

namespace Portal.Core.Cli;

/// <summary>
/// <c>dotnet run --project src/Portal.Web -- recipe run FILE|NAME</c>: runs a recipe file, or a shipped
/// recipe by name, against the configured database.
/// </summary>
internal sealed class RecipeCommand : ICliCommand
{
    public string Name => "recipe";

    public string Usage => "recipe run FILE|NAME";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (args is not ["run", var fileOrName])
        {
            Console.Error.WriteLine($"用法 Usage: {Usage}");
            return 2;
        }

        try
        {
            var recipe = Find(fileOrName, services.GetRequiredService<RecipeFiles>());
            if (recipe is null)
            {
                Console.Error.WriteLine($"找不到配方 Recipe not found: {fileOrName}");
                return 2;
            }
            await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
            Console.WriteLine($"配方 “{recipe.Name}” 已执行（{recipe.Steps.Count} 个步骤）。Recipe ran.");
            return 0;
        }
        catch (RecipeException e)
        {
            Console.Error.WriteLine($"配方未执行，未作任何更改 Recipe rejected, nothing changed: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// A path as the caller typed it: <c>dotnet run</c> may start the host in the project folder, so a
    /// relative path is also tried against the shell's folder (<c>PWD</c>); else a shipped recipe's name.
    /// </summary>
    private static Recipe? Find(string fileOrName, RecipeFiles shipped)
    {
        var candidates = new[] { fileOrName, Path.Combine(Environment.GetEnvironmentVariable("PWD") ?? "", fileOrName) };
        var file = candidates.FirstOrDefault(File.Exists);
        return file is not null ? Recipe.Parse(File.ReadAllText(file)) : shipped.Find(fileOrName);
    }
}
