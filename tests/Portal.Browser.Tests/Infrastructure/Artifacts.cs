namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// Where screenshots go: <c>$PORTAL_TEST_ARTIFACTS/screenshots</c> when set, else <c>artifacts/screenshots</c> of the
/// repository (git-ignored), else beside the test assembly.
/// </summary>
public static class Artifacts
{
    public static string Screenshots { get; } = Find();

    private static string Find()
    {
        var root = Environment.GetEnvironmentVariable("PORTAL_TEST_ARTIFACTS");
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(AppContext.BaseDirectory, "artifacts");
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                {
                    root = Path.Combine(dir.FullName, "artifacts");
                    break;
                }
            }
        }
        var folder = Path.Combine(root, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The file of a test repository's file, found from the test assembly upwards (e.g. node_modules of this project).</summary>
    public static string? FindUpwards(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
