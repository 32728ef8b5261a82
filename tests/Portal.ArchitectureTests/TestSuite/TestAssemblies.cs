using Mono.Cecil;

namespace Portal.ArchitectureTests.TestSuite;

/// <summary>
/// The test projects that ./test.sh also runs on PostgreSQL — those under <c>tests/</c> that use the shared site
/// (Portal.Testing) and are not marked <c>&lt;SqliteOnly&gt;</c> — and their built assemblies.
/// </summary>
internal static class TestAssemblies
{
    /// <summary>Each project under <paramref name="testsFolder"/> that runs on both databases, and the path of its built assembly.</summary>
    public static IReadOnlyList<(string Project, string Assembly)> RunOnBothDatabases(string testsFolder)
        => Directory.GetDirectories(testsFolder)
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".csproj"))
            .Where(File.Exists)
            .Where(project => File.ReadAllText(project) is var text
                && text.Contains("Portal.Testing.csproj", StringComparison.Ordinal)
                && !text.Contains("<SqliteOnly>true</SqliteOnly>", StringComparison.Ordinal))
            .Select(project => (Path.GetFileNameWithoutExtension(project),
                Path.Combine(Path.GetDirectoryName(project)!, "bin", Repository.Configuration, "net10.0", Path.GetFileNameWithoutExtension(project) + ".dll")))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads an assembly with the folder it sits in as the place to resolve its references.</summary>
    public static AssemblyDefinition Read(string path)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(path)!);
        return AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = resolver });
    }
}
