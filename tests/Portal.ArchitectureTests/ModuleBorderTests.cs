namespace Portal.ArchitectureTests;

public sealed class ModuleBorderTests
{
    [Fact]
    public void TheModulesAreFound()
    {
        var names = ModuleAssemblies.Load().Select(m => m.Name.Name).ToList();

        Assert.Contains("Portal.Organization", names);
        Assert.Contains("Portal.Users", names);
        Assert.Contains("Portal.Admin", names);
        Assert.Contains("Portal.Media", names);
    }

    [Fact]
    public void Modules_UseOtherModulesOnlyThroughTheirContracts()
    {
        var modules = ModuleAssemblies.Load();

        var violations = modules.SelectMany(m => ModuleBorders.ForeignNonContractUses(m, modules)).ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void SwitchableModules_UseOnlyTheAbstractionsOfTheEngine()
    {
        var violations = ModuleAssemblies.Load().SelectMany(ModuleBorders.SwitchableModulesUsingTheEngine).ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void Modules_ExposeNothingPublicButTheirContracts()
    {
        var violations = ModuleAssemblies.Load().SelectMany(ModuleBorders.PublicNonContractTypes).ToList();

        Assert.Empty(violations);
    }
}
