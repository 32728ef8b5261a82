namespace Portal.Volunteers.Contracts;

/// <summary>Volunteer teams (志愿服务队伍) as other modules see them, e.g. to dispatch a resident's need to a team.</summary>
public interface IVolunteerTeams
{
    /// <summary>Every team, by unit and name.</summary>
    Task<IReadOnlyList<TeamInfo>> ListAsync(CancellationToken cancellationToken = default);

    Task<TeamInfo?> FindAsync(int teamId, CancellationToken cancellationToken = default);
}

/// <summary>A team: its name, the unit it belongs to, its level (总队, 大队, 分队) and field of service, and how many serve in it.</summary>
public sealed record TeamInfo(int Id, string Name, int UnitId, string Level, string Field, int Members);
