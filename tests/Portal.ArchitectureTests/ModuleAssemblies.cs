using Mono.Cecil;

namespace Portal.ArchitectureTests;

/// <summary>The module assemblies in the test's output folder: those carrying <c>[assembly: Module]</c>.</summary>
internal static class ModuleAssemblies
{
    public const string ModuleAttribute = "Portal.Abstractions.Modules.ModuleAttribute";

    public static IReadOnlyList<AssemblyDefinition> Load()
        => Directory.GetFiles(AppContext.BaseDirectory, "Portal.*.dll")
            .Select(path => AssemblyDefinition.ReadAssembly(path))
            .Where(IsModule)
            .ToList();

    public static bool IsModule(AssemblyDefinition assembly)
        => assembly.CustomAttributes.Any(a => a.AttributeType.FullName == ModuleAttribute);
}
