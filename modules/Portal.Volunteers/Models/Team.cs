namespace Portal.Volunteers.Models;

/// <summary>A 志愿服务队 of a unit; teams nest 总队 → 大队 → 分队.</summary>
internal sealed class Team
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int? ParentId { get; set; }

    public string Name { get; set; } = "";

    public TeamLevel Level { get; set; }

    /// <summary>The field of service, e.g. 理论宣讲, 便民服务.</summary>
    public string Field { get; set; } = "";

    public string Description { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

internal enum TeamLevel
{
    /// <summary>总队.</summary>
    Corps,

    /// <summary>大队.</summary>
    Brigade,

    /// <summary>分队.</summary>
    Squad,
}

internal sealed class TeamMember
{
    public int TeamId { get; set; }

    public int VolunteerId { get; set; }

    public bool IsLeader { get; set; }

    public DateTime JoinedUtc { get; set; }
}
