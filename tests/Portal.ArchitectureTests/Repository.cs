namespace Portal.ArchitectureTests;

/// <summary>Where the repository is, found from the test's output folder, and which build configuration this is.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The output folder's build configuration (Release, Debug): <c>bin/{Configuration}/net10.0/</c>.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
