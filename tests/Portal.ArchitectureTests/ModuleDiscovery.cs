using System.Xml.Linq;
using Mono.Cecil;

namespace Portal.ArchitectureTests;

/// <summary>A project folder under <c>modules/</c>: its project's name and the other module projects it references.</summary>
internal sealed record ModuleProject(string Name, IReadOnlyList<string> ModuleReferences);

/// <summary>What the border rules look at: the module projects and the assemblies carrying <c>[assembly: Module]</c>.</summary>
internal sealed record DiscoveredModules(IReadOnlyList<ModuleProject> Projects, IReadOnlyList<AssemblyDefinition> Assemblies);

/// <summary>
/// Finds the modules twice, from the sources (project folders under <c>modules/</c>) and from the build (assemblies
/// carrying the module attribute), so a module that lost its attribute shows up as a project without an assembly.
/// </summary>
internal static class ModuleDiscovery
{
    public const string ModuleAttribute = "Portal.Abstractions.Modules.ModuleAttribute";

    /// <summary>The repository's <c>modules/</c> and the test's output folder, where the host brings every module.</summary>
    public static DiscoveredModules OfThisRepository() => Discover(RepositoryModulesFolder(), AppContext.BaseDirectory);

    public static DiscoveredModules Discover(string modulesFolder, string assemblyFolder)
        => new(
            Directory.GetDirectories(modulesFolder)
                .SelectMany(folder => Directory.GetFiles(folder, "*.csproj"))
                .Select(project => ReadProject(project, modulesFolder))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList(),
            Directory.GetFiles(assemblyFolder, "Portal.*.dll")
                .Select(path => AssemblyDefinition.ReadAssembly(path))
                .Where(IsModule)
                .ToList());

    public static bool IsModule(AssemblyDefinition assembly)
        => assembly.CustomAttributes.Any(a => a.AttributeType.FullName == ModuleAttribute);

    public static string RepositoryModulesFolder() => Path.Combine(Repository.Root, "modules");

    /// <summary>A project's references that point at another project folder under <paramref name="modulesFolder"/>.</summary>
    private static ModuleProject ReadProject(string projectFile, string modulesFolder)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        var modules = Path.TrimEndingDirectorySeparator(Path.GetFullPath(modulesFolder));
        var references = XDocument.Load(projectFile).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFullPath(Path.Combine(folder, e.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Where(path => Path.GetDirectoryName(Path.GetDirectoryName(path)) == modules)
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .ToList();
        return new ModuleProject(Path.GetFileNameWithoutExtension(projectFile), references);
    }
}
