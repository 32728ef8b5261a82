using Portal.Core.Modules;

namespace Portal.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Features_AreOrderedAfterTheFeaturesTheyDependOn()
    {
        var catalog = new ModuleCatalog([
            ManifestAssemblies.Module("C", ["B"]),
            ManifestAssemblies.Module("A", []),
            ManifestAssemblies.Module("B", ["A"], ("B.Extra", ["C"])),
        ]);

        var order = catalog.Features.Select(f => f.Id).ToList();

        Assert.True(order.IndexOf("A") < order.IndexOf("B"));
        Assert.True(order.IndexOf("B") < order.IndexOf("C"));
        Assert.True(order.IndexOf("C") < order.IndexOf("B.Extra"));
    }

    [Fact]
    public void AMissingDependency_StopsStartUpNamingBothFeatures()
    {
        var error = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([ManifestAssemblies.Module("Volunteers", ["Training"])]));

        Assert.Contains("Volunteers", error.Message);
        Assert.Contains("Training", error.Message);
    }

    [Fact]
    public void ACycle_StopsStartUpNamingTheCycle()
    {
        var error = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([
            ManifestAssemblies.Module("A", ["B"]),
            ManifestAssemblies.Module("B", ["C"]),
            ManifestAssemblies.Module("C", ["A"]),
            ManifestAssemblies.Module("D", []),
        ]));

        Assert.Contains("循环", error.Message);
        Assert.Contains("A → B → C → A", error.Message);
        Assert.DoesNotContain("D", error.Message);
    }

    [Fact]
    public void AFeatureDeclaredTwice_StopsStartUp()
    {
        var error = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([
            ManifestAssemblies.Module("A", []),
            ManifestAssemblies.Module("B", [], ("A", [])),
        ]));

        Assert.Contains("“A”", error.Message);
    }

    [Fact]
    public void WithDependencies_ListsEverythingNeededTransitively_DependenciesFirst()
    {
        var catalog = new ModuleCatalog([
            ManifestAssemblies.Module("A", []),
            ManifestAssemblies.Module("B", ["A"]),
            ManifestAssemblies.Module("C", ["B"]),
            ManifestAssemblies.Module("Other", []),
        ]);

        Assert.Equal(["A", "B", "C"], catalog.WithDependencies("C").Select(f => f.Id));
        Assert.Equal(["B", "C"], catalog.Dependents("A").Select(f => f.Id).Order());
        Assert.Empty(catalog.Dependents("Other"));
    }
}
