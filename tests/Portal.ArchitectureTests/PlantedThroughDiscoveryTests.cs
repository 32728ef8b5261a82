namespace Portal.ArchitectureTests;

/// <summary>
/// The rules that start from discovery must catch a violation that discovery finds: each test plants a project folder
/// and a Cecil-built assembly beside copies of the real ones and runs the same discovery and rule as the real test.
/// </summary>
public sealed class PlantedThroughDiscoveryTests : IDisposable
{
    private const string Planted = "Portal.Planted";

    private readonly PlantedRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void TheRealModules_AreAllAccountedForInTheCopy()
    {
        Assert.Empty(ModuleBorders.UnaccountedModules(repository.Discover()));
    }

    [Fact]
    public void AModuleProjectWhoseAssemblyLostTheModuleAttribute_IsReported()
    {
        repository.AddProject(Planted);
        repository.Add(new PlantedModule(Planted));

        Assert.Equal(["modules/Portal.Planted has no assembly carrying [assembly: Module]"], ModuleBorders.UnaccountedModules(repository.Discover()));
    }

    [Fact]
    public void AModuleAssemblyWithoutAProjectUnderModules_IsReported()
    {
        repository.Add(new PlantedModule(Planted).WithModuleAttribute());

        Assert.Equal(["Portal.Planted carries [assembly: Module] but has no project under modules/"], ModuleBorders.UnaccountedModules(repository.Discover()));
    }

    [Fact]
    public void PublishingAnotherModulesContractType_FromAnAsyncMethod_IsReported()
    {
        // UnitInfo is a DTO, not an event: the rule looks only at where the published type is declared.
        var unitInfo = repository.Discover().Assemblies.Single(a => a.Name.Name == "Portal.Organization").MainModule.GetType("Portal.Organization.Contracts.UnitInfo");
        repository.AddProject(Planted, "Portal.Organization");
        repository.Add(new PlantedModule(Planted).WithModuleAttribute("Portal.Organization").Publishing(unitInfo));

        var violations = ModuleBorders.EventsPublishedOutsideTheirContracts(repository.Discover());

        Assert.Contains("Portal.Planted publishes Portal.Organization.Contracts.UnitInfo (declared in Portal.Organization) in Portal.Planted.Services.Service", violations);
    }

    [Fact]
    public void PublishingAnEventOfItsOwnContracts_IsAllowed()
    {
        var module = new PlantedModule(Planted).WithModuleAttribute();
        module.Publishing(module.AddContractEvent("SomethingHappened"));
        repository.AddProject(Planted);
        repository.Add(module);
        var discovered = repository.Discover();

        var violations = ModuleBorders.EventsPublishedOutsideTheirContracts(discovered);

        Assert.Contains(discovered.Assemblies, a => a.Name.Name == Planted);
        Assert.DoesNotContain(violations, v => v.StartsWith(Planted + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void AProjectReferenceToAModuleTheManifestDoesNotDependOn_IsReported()
    {
        repository.AddProject(Planted, "Portal.Organization");
        repository.Add(new PlantedModule(Planted).WithModuleAttribute());

        var violations = ModuleBorders.ManifestsDisagreeingWithProjectReferences(repository.Discover());

        Assert.Contains("Portal.Planted references Portal.Organization but neither depends on a feature of it nor has a startup requiring one", violations);
    }

    [Fact]
    public void AManifestDependencyWithoutAProjectReference_IsReported()
    {
        repository.AddProject(Planted);
        repository.Add(new PlantedModule(Planted).WithModuleAttribute("Portal.Organization"));

        var violations = ModuleBorders.ManifestsDisagreeingWithProjectReferences(repository.Discover());

        Assert.Contains("Portal.Planted depends on Portal.Organization but has no project reference to it", violations);
    }

    [Fact]
    public void ReferencesJustifiedByAFeaturesDependencyOrAStartupRequiringTheModule_AreAllowed()
    {
        repository.AddProject(Planted, "Portal.Organization", "Portal.Search");
        repository.Add(new PlantedModule(Planted)
            .WithModuleAttribute()
            .WithFeature("Portal.Planted.Units", Planted, "Portal.Organization.PublicPages")
            .WithStartupRequiring("Portal.Search"));
        var discovered = repository.Discover();

        var violations = ModuleBorders.ManifestsDisagreeingWithProjectReferences(discovered);

        Assert.Contains(discovered.Assemblies, a => a.Name.Name == Planted);
        Assert.DoesNotContain(violations, v => v.StartsWith(Planted + " ", StringComparison.Ordinal));
    }
}
