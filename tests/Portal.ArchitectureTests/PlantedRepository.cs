using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Portal.ArchitectureTests;

/// <summary>
/// The repository's module layout again in a temporary folder: the real projects (their .csproj files) and the real
/// assemblies (links), plus planted ones, for <see cref="ModuleDiscovery.Discover"/> to find as it finds the real ones.
/// </summary>
internal sealed class PlantedRepository : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("portal-borders-").FullName;

    public PlantedRepository()
    {
        foreach (var realFolder in Directory.GetDirectories(ModuleDiscovery.RepositoryModulesFolder()))
        {
            var folder = Directory.CreateDirectory(Path.Combine(ModulesFolder, Path.GetFileName(realFolder)));
            foreach (var project in Directory.GetFiles(realFolder, "*.csproj"))
                File.Copy(project, Path.Combine(folder.FullName, Path.GetFileName(project)));
        }
        Directory.CreateDirectory(AssemblyFolder);
        foreach (var assembly in Directory.GetFiles(AppContext.BaseDirectory, "Portal.*.dll"))
            File.CreateSymbolicLink(Path.Combine(AssemblyFolder, Path.GetFileName(assembly)), assembly);
    }

    public string ModulesFolder => Path.Combine(root, "modules");

    public string AssemblyFolder => Path.Combine(root, "bin");

    /// <summary>Adds <c>modules/{name}/{name}.csproj</c> referencing the named module projects.</summary>
    public void AddProject(string name, params string[] moduleReferences)
    {
        var folder = Directory.CreateDirectory(Path.Combine(ModulesFolder, name));
        var references = string.Concat(moduleReferences.Select(r => $"""    <ProjectReference Include="../{r}/{r}.csproj" />{"\n"}"""));
        File.WriteAllText(Path.Combine(folder.FullName, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../../src/Portal.Abstractions/Portal.Abstractions.csproj" />
            {references}  </ItemGroup>
            </Project>
            """);
    }

    public void Add(PlantedModule module) => module.Assembly.Write(Path.Combine(AssemblyFolder, module.Assembly.Name.Name + ".dll"));

    public DiscoveredModules Discover() => ModuleDiscovery.Discover(ModulesFolder, AssemblyFolder);

    public void Dispose() => Directory.Delete(root, recursive: true);
}

/// <summary>A module assembly built with Cecil: the attributes a Manifest.cs would give it, startups, event publishers.</summary>
internal sealed class PlantedModule
{
    private static readonly ModuleDefinition Abstractions =
        ModuleDefinition.ReadModule(Path.Combine(AppContext.BaseDirectory, "Portal.Abstractions.dll"));

    public PlantedModule(string name)
    {
        Assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, new Version(1, 0)), name, ModuleKind.Dll);
        Main.Types.Add(new TypeDefinition(name + ".Services", "Service", TypeAttributes.Class | TypeAttributes.Sealed, Main.TypeSystem.Object));
    }

    public AssemblyDefinition Assembly { get; }

    private ModuleDefinition Main => Assembly.MainModule;

    private string Name => Assembly.Name.Name;

    /// <summary>What <c>[assembly: Module(Id = name, Dependencies = …)]</c> compiles to.</summary>
    public PlantedModule WithModuleAttribute(params string[] dependencies) => WithAttribute(ModuleDiscovery.ModuleAttribute, Name, dependencies);

    /// <summary>What <c>[assembly: Feature(Id = …, Dependencies = …)]</c> compiles to.</summary>
    public PlantedModule WithFeature(string id, params string[] dependencies) => WithAttribute("Portal.Abstractions.Modules.FeatureAttribute", id, dependencies);

    /// <summary>A startup marked <c>[RequireFeatures(featureId)]</c>: an optional integration.</summary>
    public PlantedModule WithStartupRequiring(string featureId)
    {
        var startup = new TypeDefinition(Name, "IntegrationStartup", TypeAttributes.Class | TypeAttributes.Sealed, Main.TypeSystem.Object);
        var attribute = new CustomAttribute(Constructor("Portal.Abstractions.Modules.RequireFeaturesAttribute"));
        attribute.ConstructorArguments.Add(Strings(featureId));
        startup.CustomAttributes.Add(attribute);
        Main.Types.Add(startup);
        return this;
    }

    /// <summary>A type in this module's Contracts, to publish as an event.</summary>
    public TypeDefinition AddContractEvent(string name)
    {
        var type = new TypeDefinition(Name + ".Contracts", name, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, Main.TypeSystem.Object);
        Main.Types.Add(type);
        return type;
    }

    /// <summary>
    /// <c>events.PublishAsync(@event)</c> inside a nested type named as the compiler names an async method's state machine,
    /// so the rule has to look into nested types to see it.
    /// </summary>
    public PlantedModule Publishing(TypeReference eventType)
    {
        var publish = new GenericInstanceMethod(Main.ImportReference(Abstractions.GetType("Portal.Abstractions.Events.IEventPublisher").Methods.Single(m => m.Name == "PublishAsync")));
        publish.GenericArguments.Add(Main.ImportReference(eventType));

        var stateMachine = new TypeDefinition("", "<PostAsync>d__0", TypeAttributes.NestedPrivate | TypeAttributes.Class | TypeAttributes.Sealed, Main.TypeSystem.Object);
        var method = new MethodDefinition("Publish", MethodAttributes.Assembly | MethodAttributes.Static, publish.ReturnType);
        method.Parameters.Add(new ParameterDefinition("events", ParameterAttributes.None, publish.DeclaringType));
        method.Parameters.Add(new ParameterDefinition("event", ParameterAttributes.None, publish.GenericArguments[0]));
        method.Parameters.Add(new ParameterDefinition("cancellationToken", ParameterAttributes.None, publish.Parameters[1].ParameterType));
        var il = method.Body.GetILProcessor();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Callvirt, publish);
        il.Emit(OpCodes.Ret);
        stateMachine.Methods.Add(method);
        Main.Types.Single(t => t.Name == "Service").NestedTypes.Add(stateMachine);
        return this;
    }

    private PlantedModule WithAttribute(string attributeType, string id, string[] dependencies)
    {
        var attribute = new CustomAttribute(Constructor(attributeType));
        attribute.Properties.Add(new CustomAttributeNamedArgument("Id", new CustomAttributeArgument(Main.TypeSystem.String, id)));
        attribute.Properties.Add(new CustomAttributeNamedArgument("Name", new CustomAttributeArgument(Main.TypeSystem.String, id)));
        if (dependencies.Length > 0)
            attribute.Properties.Add(new CustomAttributeNamedArgument("Dependencies", Strings(dependencies)));
        Assembly.CustomAttributes.Add(attribute);
        return this;
    }

    private MethodReference Constructor(string attributeType)
        => Main.ImportReference(Abstractions.GetType(attributeType).Methods.Single(m => m.IsConstructor && !m.IsStatic));

    private CustomAttributeArgument Strings(params string[] values)
        => new(new ArrayType(Main.TypeSystem.String), values.Select(v => new CustomAttributeArgument(Main.TypeSystem.String, v)).ToArray());
}
