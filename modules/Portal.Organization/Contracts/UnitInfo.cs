namespace Portal.Organization.Contracts;

/// <summary>A unit as other modules see it.</summary>
public sealed record UnitInfo(int Id, string Code, string Name, UnitKind Kind, int? ParentId, string Address, string ContactName, string ContactPhone);
