using Portal.Organization.Contracts;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Teams;

/// <summary>The team form; the unit is chosen on creation only.</summary>
internal sealed class TeamForm
{
    public int? Id { get; set; }

    public int UnitId { get; set; }

    public int? ParentId { get; set; }

    public TeamLevel Level { get; set; }

    public string? Name { get; set; }

    public string? Field { get; set; }

    public string? Description { get; set; }

    public TeamInput ToInput() => new(Name, UnitId, ParentId, Level, Field, Description);

    public static TeamForm From(Team team) => new()
    {
        Id = team.Id, UnitId = team.UnitId, ParentId = team.ParentId, Level = team.Level, Name = team.Name, Field = team.Field,
        Description = team.Description,
    };
}

internal sealed record TeamRow(Team Team, string UnitName, int Depth, int MemberCount);

internal sealed record TeamIndexPage(IReadOnlyList<TeamRow> Rows, bool HasUnits);

internal sealed record TeamOption(int Id, string Label);

internal sealed record TeamEditPage(TeamForm Form, IReadOnlyList<UnitInfo> Units, IReadOnlyList<TeamOption> Parents, string UnitName);

internal sealed record TeamMemberRow(int VolunteerId, string Number, string MaskedName, string UnitName, bool IsLeader, DateTime JoinedUtc);

internal sealed record TeamMembersPage(Team Team, string UnitName, IReadOnlyList<TeamMemberRow> Members);
