using Mono.Cecil;

namespace Portal.ArchitectureTests;

/// <summary>
/// The border rules must catch a real violation: in-memory modules are planted that use Organization's
/// internal service, expose a public type outside their Contracts, or, switchable, use the engine.
/// </summary>
public sealed class PlantedViolationTests
{
    private static readonly AssemblyDefinition Organization =
        ModuleDiscovery.OfThisRepository().Assemblies.Single(m => m.Name.Name == "Portal.Organization");

    [Fact]
    public void UsingAnotherModulesInternalService_IsReported()
    {
        var planted = Plant("Portal.Planted", (module, type) =>
        {
            var internalService = Organization.MainModule.GetType("Portal.Organization.Services.UnitService");
            type.Fields.Add(new FieldDefinition("units", FieldAttributes.Private, module.ImportReference(internalService)));
        });

        var violations = ModuleBorders.ForeignNonContractUses(planted, [planted, Organization]);

        Assert.Equal(["Portal.Planted uses Portal.Organization.Services.UnitService of Portal.Organization"], violations);
    }

    [Fact]
    public void UsingAnotherModulesContract_IsAllowed()
    {
        var planted = Plant("Portal.Planted", (module, type) =>
        {
            var contract = Organization.MainModule.GetType("Portal.Organization.Contracts.IUnitScope");
            type.Fields.Add(new FieldDefinition("scope", FieldAttributes.Private, module.ImportReference(contract)));
        });

        Assert.Empty(ModuleBorders.ForeignNonContractUses(planted, [planted, Organization]));
    }

    [Fact]
    public void APublicTypeOutsideContracts_IsReported()
    {
        var planted = Plant("Portal.Planted", (_, type) => type.Attributes |= TypeAttributes.Public);

        Assert.Equal(["Portal.Planted exposes Portal.Planted.Services.Leaky"], ModuleBorders.PublicNonContractTypes(planted));
    }

    [Fact]
    public void ASwitchableModuleUsingTheEngine_IsReported()
    {
        var planted = Plant("Portal.Planted", (module, type) =>
        {
            var abstractions = AssemblyDefinition.ReadAssembly(Path.Combine(AppContext.BaseDirectory, "Portal.Abstractions.dll"));
            var manifest = abstractions.MainModule.GetType(ModuleDiscovery.ModuleAttribute);
            var attribute = new CustomAttribute(module.ImportReference(manifest.Methods.Single(m => m.IsConstructor && !m.IsStatic)));
            attribute.Properties.Add(new CustomAttributeNamedArgument("Id", new CustomAttributeArgument(module.TypeSystem.String, "Portal.Planted")));
            module.Assembly.CustomAttributes.Add(attribute);

            var engine = AssemblyDefinition.ReadAssembly(Path.Combine(AppContext.BaseDirectory, "Portal.Core.dll"));
            var featureState = engine.MainModule.GetType("Portal.Core.Modules.FeatureState");
            type.Fields.Add(new FieldDefinition("features", FieldAttributes.Private, module.ImportReference(featureState)));
        });

        Assert.Equal(["Portal.Planted is switchable but uses Portal.Core"], ModuleBorders.SwitchableModulesUsingTheEngine(planted));
    }

    private static AssemblyDefinition Plant(string name, Action<ModuleDefinition, TypeDefinition> shape)
    {
        var assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, new Version(1, 0)), name, ModuleKind.Dll);
        var module = assembly.MainModule;
        var type = new TypeDefinition(name + ".Services", "Leaky", TypeAttributes.Class | TypeAttributes.Sealed, module.TypeSystem.Object);
        module.Types.Add(type);
        shape(module, type);

        // Written and read back, so the check sees the same metadata tables a compiled module has.
        using var stream = new MemoryStream();
        assembly.Write(stream);
        stream.Position = 0;
        return AssemblyDefinition.ReadAssembly(stream);
    }
}
