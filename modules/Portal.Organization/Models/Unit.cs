using Portal.Organization.Contracts;

namespace Portal.Organization.Models;

internal sealed class Unit
{
    public int Id { get; set; }

    /// <summary>Stable code used by recipes, imports and volunteer numbers (e.g. <c>JY-XG-01</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public string Address { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>Incremented on every change; an edit made against an older version is refused.</summary>
    public int Version { get; set; }

    public UnitInfo ToInfo() => new(Id, Code, Name, Kind, ParentId, Address, ContactName, ContactPhone);
}

/// <summary>A user who works for a unit (and so may act on it and the units below it).</summary>
internal sealed class StaffAssignment
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string UserId { get; set; }

    public DateTime AssignedUtc { get; set; }
}
