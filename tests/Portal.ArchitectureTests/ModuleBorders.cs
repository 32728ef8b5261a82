using Mono.Cecil;

namespace Portal.ArchitectureTests;

/// <summary>
/// The rules of the module borders: a module uses another module only through types in that module's
/// <c>Contracts</c> namespace, and shows nothing public outside its own <c>Contracts</c>.
/// </summary>
internal static class ModuleBorders
{
    /// <summary>Every type <paramref name="module"/> uses from another module outside that module's Contracts.</summary>
    public static IReadOnlyList<string> ForeignNonContractUses(AssemblyDefinition module, IEnumerable<AssemblyDefinition> modules)
    {
        var others = modules.Where(m => m.Name.Name != module.Name.Name).Select(m => m.Name.Name).ToHashSet();
        return module.MainModule.GetTypeReferences()
            .Where(t => t.Scope is AssemblyNameReference scope && others.Contains(scope.Name))
            .Select(t => (Assembly: ((AssemblyNameReference)t.Scope).Name, Type: TopLevel(t)))
            .Where(t => !IsContract(t.Type.Namespace, t.Assembly))
            .Select(t => $"{module.Name.Name} uses {t.Type.FullName} of {t.Assembly}")
            .Distinct()
            .ToList();
    }

    /// <summary>Public types of <paramref name="module"/> outside its Contracts namespace.</summary>
    public static IReadOnlyList<string> PublicNonContractTypes(AssemblyDefinition module)
        => module.MainModule.Types
            .Where(t => t.IsPublic && !IsContract(t.Namespace, module.Name.Name))
            .Select(t => $"{module.Name.Name} exposes {t.FullName}")
            .ToList();

    /// <summary>
    /// A switchable module compiles against Portal.Abstractions only; the engine's own always-on modules
    /// (accounts, admin) may use Portal.Core.
    /// </summary>
    public static IReadOnlyList<string> SwitchableModulesUsingTheEngine(AssemblyDefinition module)
    {
        var alwaysEnabled = module.CustomAttributes
            .Where(a => a.AttributeType.FullName == ModuleAssemblies.ModuleAttribute)
            .SelectMany(a => a.Properties)
            .Any(p => p.Name == "AlwaysEnabled" && p.Argument.Value is true);
        return !alwaysEnabled && module.MainModule.AssemblyReferences.Any(r => r.Name == "Portal.Core")
            ? [$"{module.Name.Name} is switchable but uses Portal.Core"]
            : [];
    }

    private static bool IsContract(string ns, string assemblyName)
        => ns == assemblyName + ".Contracts" || ns.StartsWith(assemblyName + ".Contracts.", StringComparison.Ordinal);

    private static TypeReference TopLevel(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
