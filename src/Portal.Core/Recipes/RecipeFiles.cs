using Portal.Abstractions.Recipes;

namespace Portal.Core.Recipes;

/// <summary>A recipe file, or why it cannot be read.</summary>
public sealed record RecipeFile(string FileName, Recipe? Recipe, string? Problem);

/// <summary>The recipe files shipped in <c>recipes/</c> beside the application, named <c>{name}.recipe.json</c>.</summary>
public sealed class RecipeFiles
{
    public const string Extension = ".recipe.json";

    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "recipes");

    /// <summary>Every file, each read on its own so one broken file does not hide the others.</summary>
    public IReadOnlyList<RecipeFile> List()
        => Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*" + Extension).Order().Select(Read).ToList()
            : [];

    /// <summary>The recipe in <c>{name}.recipe.json</c>, if there is such a file.</summary>
    public Recipe? Find(string name)
    {
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(".."))
            return null;
        var path = Path.Combine(Folder, name + Extension);
        return File.Exists(path) ? Recipe.Parse(File.ReadAllText(path)) : null;
    }

    private static RecipeFile Read(string path)
    {
        try
        {
            return new RecipeFile(Path.GetFileName(path), Recipe.Parse(File.ReadAllText(path)), null);
        }
        catch (RecipeException e)
        {
            return new RecipeFile(Path.GetFileName(path), null, e.Message);
        }
    }
}
