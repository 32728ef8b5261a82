using Mono.Cecil;

namespace Portal.ArchitectureTests;

/// <summary>
/// The rules of the module borders: a module uses another module only through types in that module's
/// <c>Contracts</c> namespace, shows nothing public outside its own <c>Contracts</c>, publishes only events declared
/// there, and declares in its manifest the modules its project references. Every module under <c>modules/</c> is
/// subject to them.
/// </summary>
internal static class ModuleBorders
{
    private const string EventPublisher = "Portal.Abstractions.Events.IEventPublisher";
    private const string FeatureAttribute = "Portal.Abstractions.Modules.FeatureAttribute";
    private const string RequireFeaturesAttribute = "Portal.Abstractions.Modules.RequireFeaturesAttribute";

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
            .Where(a => a.AttributeType.FullName == ModuleDiscovery.ModuleAttribute)
            .SelectMany(a => a.Properties)
            .Any(p => p.Name == "AlwaysEnabled" && p.Argument.Value is true);
        return !alwaysEnabled && module.MainModule.AssemblyReferences.Any(r => r.Name == "Portal.Core")
            ? [$"{module.Name.Name} is switchable but uses Portal.Core"]
            : [];
    }

    /// <summary>
    /// Module projects under <c>modules/</c> without an assembly carrying the module attribute (which would escape every
    /// other rule), and module assemblies without a project there.
    /// </summary>
    public static IReadOnlyList<string> UnaccountedModules(DiscoveredModules modules)
    {
        var projects = modules.Projects.Select(p => p.Name).ToList();
        var assemblies = modules.Assemblies.Select(a => a.Name.Name).ToList();
        return
        [
            .. projects.Except(assemblies).Select(p => $"modules/{p} has no assembly carrying [assembly: Module]"),
            .. assemblies.Except(projects).Select(a => $"{a} carries [assembly: Module] but has no project under modules/"),
        ];
    }

    /// <summary>
    /// Events a module publishes that are not declared in its own Contracts. Calls inside lambdas, local functions and
    /// async methods sit in compiler-generated nested types, which <see cref="ModuleDefinition.GetTypes"/> includes.
    /// </summary>
    public static IReadOnlyList<string> EventsPublishedOutsideTheirContracts(DiscoveredModules modules)
        => modules.Assemblies
            .SelectMany(module => PublishedEvents(module).Select(p => (Module: module.Name.Name, p.Caller, p.Event, DeclaredIn: DeclaringAssembly(p.Event))))
            .Where(p => p.DeclaredIn != p.Module || !IsContract(TopLevel(p.Event).Namespace, p.Module))
            .Select(p => $"{p.Module} publishes {p.Event.FullName} (declared in {p.DeclaredIn ?? "a type parameter"}) in {TopLevel(p.Caller.DeclaringType).FullName}")
            .Distinct()
            .ToList();

    /// <summary>
    /// A project reference to another module needs a dependency on one of its features (declared by the module or one of
    /// its features, required or optional) or a startup that requires one (an optional integration); a dependency needs
    /// the project reference.
    /// </summary>
    public static IReadOnlyList<string> ManifestsDisagreeingWithProjectReferences(DiscoveredModules modules)
    {
        var owners = modules.Assemblies.SelectMany(a => DeclaredFeatures(a).Select(f => (f.Id, Owner: a.Name.Name)))
            .ToDictionary(f => f.Id, f => f.Owner);
        string? OwnerOf(string featureId) => owners.GetValueOrDefault(featureId);

        var violations = new List<string>();
        foreach (var module in modules.Assemblies)
        {
            var name = module.Name.Name;
            if (modules.Projects.SingleOrDefault(p => p.Name == name) is not { } project)
                continue; // UnaccountedModules reports it
            var dependedOn = DeclaredFeatures(module).SelectMany(f => f.Dependencies.Concat(f.OptionalDependencies))
                .Select(OwnerOf).OfType<string>().Where(owner => owner != name).ToHashSet();
            var required = FeaturesRequiredByStartups(module).Select(OwnerOf).OfType<string>().ToHashSet();

            violations.AddRange(project.ModuleReferences.Where(r => !dependedOn.Contains(r) && !required.Contains(r))
                .Select(r => $"{name} references {r} but neither depends on a feature of it nor has a startup requiring one"));
            violations.AddRange(dependedOn.Where(d => !project.ModuleReferences.Contains(d))
                .Select(d => $"{name} depends on {d} but has no project reference to it"));
        }
        return violations;
    }

    private static IEnumerable<(MethodDefinition Caller, TypeReference Event)> PublishedEvents(AssemblyDefinition module)
        => module.MainModule.GetTypes()
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions
                .Select(i => i.Operand)
                .OfType<GenericInstanceMethod>()
                .Where(called => called.Name == "PublishAsync" && called.DeclaringType.FullName == EventPublisher)
                .Select(called => (m, called.GenericArguments[0])));

    /// <summary>The module's main feature and its other features, each with the ids it depends on.</summary>
    private static IEnumerable<(string Id, IEnumerable<string> Dependencies, IEnumerable<string> OptionalDependencies)> DeclaredFeatures(AssemblyDefinition module)
        => module.CustomAttributes
            .Where(a => a.AttributeType.FullName is ModuleDiscovery.ModuleAttribute or FeatureAttribute)
            .Select(a => ((string)Property(a, "Id")!, Ids(a, "Dependencies"), Ids(a, "OptionalDependencies")));

    private static IEnumerable<string> Ids(CustomAttribute attribute, string property)
        => ((CustomAttributeArgument[]?)Property(attribute, property) ?? []).Select(d => (string)d.Value);

    private static IEnumerable<string> FeaturesRequiredByStartups(AssemblyDefinition module)
        => module.MainModule.GetTypes()
            .SelectMany(t => t.CustomAttributes)
            .Where(a => a.AttributeType.FullName == RequireFeaturesAttribute)
            .SelectMany(a => (CustomAttributeArgument[])a.ConstructorArguments[0].Value)
            .Select(id => (string)id.Value);

    private static object? Property(CustomAttribute attribute, string name)
        => attribute.Properties.Where(p => p.Name == name).Select(p => p.Argument.Value).FirstOrDefault();

    /// <summary>The assembly that declares <paramref name="type"/>, or null for a type parameter.</summary>
    private static string? DeclaringAssembly(TypeReference type)
        => type.GetElementType() is GenericParameter ? null : type.GetElementType().Scope switch
        {
            ModuleDefinition module => module.Assembly.Name.Name,
            AssemblyNameReference assembly => assembly.Name,
            _ => null,
        };

    private static bool IsContract(string ns, string assemblyName)
        => ns == assemblyName + ".Contracts" || ns.StartsWith(assemblyName + ".Contracts.", StringComparison.Ordinal);

    private static TypeReference TopLevel(TypeReference type)
    {
        type = type.GetElementType();
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
