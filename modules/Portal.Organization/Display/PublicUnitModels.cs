using Portal.Organization.Contracts;

namespace Portal.Organization.Display;

/// <summary>What the theme's <c>Units</c> page and <c>UnitsSummary</c> widget show.</summary>
internal sealed record UnitsOverview(UnitCard? Center, int InstituteCount, int StationCount, IReadOnlyList<InstituteCard> Institutes)
{
    public static UnitsOverview From(IReadOnlyList<UnitInfo> tree)
    {
        var children = tree.ToLookup(u => u.ParentId);
        var center = tree.FirstOrDefault(u => u.Kind == UnitKind.Center);
        var institutes = center is null ? [] : children[center.Id].Where(u => u.Kind == UnitKind.Institute)
            .Select(i => new InstituteCard(i.Name, i.Code, i.Address, i.ContactPhone, UrlOf(i),
                children[i.Id].Select(s => new UnitCard(s.Name, s.Code, s.Address, s.ContactName, s.ContactPhone, UrlOf(s))).ToList()))
            .ToList();
        return new UnitsOverview(
            center is null ? null : new UnitCard(center.Name, center.Code, center.Address, center.ContactName, center.ContactPhone, UrlOf(center)),
            tree.Count(u => u.Kind == UnitKind.Institute),
            tree.Count(u => u.Kind == UnitKind.Station),
            institutes);
    }

    public static string UrlOf(UnitInfo unit) => $"/units/{Uri.EscapeDataString(unit.Code)}";
}

internal sealed record UnitCard(string Name, string Code, string Address, string ContactName, string ContactPhone, string Url);

internal sealed record InstituteCard(string Name, string Code, string Address, string ContactPhone, string Url, IReadOnlyList<UnitCard> Stations)
{
    public int StationCount => Stations.Count;
}

/// <summary>What the theme's <c>Unit</c> page shows.</summary>
internal sealed record UnitDetail(UnitDetail.UnitView Unit)
{
    public static UnitDetail From(UnitInfo unit, IReadOnlyList<UnitInfo> tree)
    {
        var parent = tree.FirstOrDefault(u => u.Id == unit.ParentId);
        return new UnitDetail(new UnitView(
            unit.Name, unit.Code, unit.Kind.ToChinese(), unit.Address, unit.ContactName, unit.ContactPhone,
            parent is null ? null : new LinkView(parent.Name, UnitsOverview.UrlOf(parent)),
            tree.Where(u => u.ParentId == unit.Id).Select(c => new ChildView(c.Name, c.Kind.ToChinese(), UnitsOverview.UrlOf(c), c.Address)).ToList()));
    }

    internal sealed record UnitView(string Name, string Code, string KindName, string Address, string ContactName, string ContactPhone, LinkView? Parent, IReadOnlyList<ChildView> Children);

    internal sealed record LinkView(string Name, string Url);

    internal sealed record ChildView(string Name, string KindName, string Url, string Address);
}
