namespace Portal.ArchitectureTests;

public sealed class ModuleBorderTests
{
    [Fact]
    public void EveryProjectUnderModules_BuildsAnAssemblyCarryingTheModuleAttribute()
    {
        var modules = ModuleDiscovery.OfThisRepository();

        Assert.NotEmpty(modules.Projects);
        AssertNone(ModuleBorders.UnaccountedModules(modules));
    }

    [Fact]
    public void Modules_UseOtherModulesOnlyThroughTheirContracts()
    {
        var modules = ModuleDiscovery.OfThisRepository().Assemblies;

        var violations = modules.SelectMany(m => ModuleBorders.ForeignNonContractUses(m, modules)).ToList();

        AssertNone(violations);
    }

    [Fact]
    public void SwitchableModules_UseOnlyTheAbstractionsOfTheEngine()
    {
        var violations = ModuleDiscovery.OfThisRepository().Assemblies.SelectMany(ModuleBorders.SwitchableModulesUsingTheEngine).ToList();

        AssertNone(violations);
    }

    [Fact]
    public void Modules_ExposeNothingPublicButTheirContracts()
    {
        var violations = ModuleDiscovery.OfThisRepository().Assemblies.SelectMany(ModuleBorders.PublicNonContractTypes).ToList();

        AssertNone(violations);
    }

    [Fact]
    public void Modules_PublishOnlyEventsDeclaredInTheirOwnContracts()
    {
        AssertNone(ModuleBorders.EventsPublishedOutsideTheirContracts(ModuleDiscovery.OfThisRepository()));
    }

    [Fact]
    public void ProjectReferencesToOtherModules_MatchTheManifestDependencies()
    {
        AssertNone(ModuleBorders.ManifestsDisagreeingWithProjectReferences(ModuleDiscovery.OfThisRepository()));
    }

    /// <summary>Fails listing every violation in full (xunit shortens the items of a collection it prints).</summary>
    private static void AssertNone(IReadOnlyList<string> violations)
        => Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
}
