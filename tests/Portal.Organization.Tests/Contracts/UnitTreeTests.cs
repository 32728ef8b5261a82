using Portal.Organization.Contracts;

namespace Portal.Organization.Tests.Contracts;

/// <summary>"A unit and the units below (or above) it", asked of a tree already read; no site needed.</summary>
public sealed class UnitTreeTests
{
    private static UnitInfo Unit(int id, int? parent, UnitKind kind) => new(id, $"U{id}", $"单位{id}", kind, parent, "", "", "");

    // 1 center → 2, 3 institutes → 4, 5 stations under 2, 6 under 3 → 7 a point under 4.
    private static readonly IReadOnlyList<UnitInfo> Tree =
    [
        Unit(1, null, UnitKind.Center),
        Unit(2, 1, UnitKind.Institute),
        Unit(4, 2, UnitKind.Station),
        Unit(7, 4, UnitKind.Point),
        Unit(5, 2, UnitKind.Station),
        Unit(3, 1, UnitKind.Institute),
        Unit(6, 3, UnitKind.Station),
    ];

    [Fact]
    public void AnInstitute_HasItsStationsAndTheirPointsBelow_ButNotItsNeighbours()
        => Assert.Equal([2, 4, 5, 7], Tree.UnitAndBelow(2).Order());

    [Fact]
    public void TheCenter_HasEveryUnitBelow()
        => Assert.Equal(7, Tree.UnitAndBelow(1).Count);

    [Fact]
    public void AnUnknownUnit_HasNothingBelowOrAbove()
    {
        Assert.Empty(Tree.UnitAndBelow(99));
        Assert.Empty(Tree.UnitAndAbove(99));
    }

    [Fact]
    public void AbovePoint_AreItsStationInstituteAndCenter_InThatOrder()
        => Assert.Equal([7, 4, 2, 1], Tree.UnitAndAbove(7));

    [Fact]
    public void UnitsAndAbove_JoinsTheWaysUpOfSeveralUnits()
        => Assert.Equal([1, 2, 3, 5, 6], Tree.UnitsAndAbove([5, 6]).Order());

    [Fact]
    public void AParentNotInTheTree_EndsTheWayUp()
        => Assert.Equal([8], ((IReadOnlyList<UnitInfo>)[.. Tree, Unit(8, 42, UnitKind.Station)]).UnitAndAbove(8));
}
