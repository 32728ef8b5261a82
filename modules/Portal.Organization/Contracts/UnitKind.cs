namespace Portal.Organization.Contracts;

/// <summary>The levels of the unit tree, from the county center down.</summary>
public enum UnitKind
{
    /// <summary>新时代文明实践中心 (county).</summary>
    Center = 0,
    /// <summary>新时代文明实践所 (town / street).</summary>
    Institute = 1,
    /// <summary>新时代文明实践站 (village / community).</summary>
    Station = 2,
    /// <summary>新时代文明实践点 (a service point under a station).</summary>
    Point = 3,
}

public static class UnitKindNames
{
    public static string ToChinese(this UnitKind kind) => kind switch
    {
        UnitKind.Center => "新时代文明实践中心",
        UnitKind.Institute => "新时代文明实践所",
        UnitKind.Station => "新时代文明实践站",
        _ => "新时代文明实践点",
    };

    public static string ShortName(this UnitKind kind) => kind switch
    {
        UnitKind.Center => "中心",
        UnitKind.Institute => "所",
        UnitKind.Station => "站",
        _ => "点",
    };
}
