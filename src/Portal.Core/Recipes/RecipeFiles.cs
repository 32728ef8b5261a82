namespace Portal.Core.Recipes;

/// <summary>The recipe files shipped in <c>recipes/</c> beside the application.</summary>
public sealed class RecipeFiles
{
    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "recipes");

    public IReadOnlyList<(string FileName, Recipe Recipe)> List()
        => Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*.recipe.json").Order().Select(f => (Path.GetFileName(f), Recipe.Parse(File.ReadAllText(f)))).ToList()
            : [];

    /// <summary>The recipe whose <c>name</c> is <paramref name="name"/>.</summary>
    public Recipe? Find(string name) => List().Select(r => r.Recipe).FirstOrDefault(r => r.Name == name);
}
