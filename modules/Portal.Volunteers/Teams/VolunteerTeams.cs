using Microsoft.EntityFrameworkCore;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Teams;

/// <summary>The teams for other modules: names, units and sizes, nobody's personal data.</summary>
internal sealed class VolunteerTeams(VolunteersDbContext db) : IVolunteerTeams
{
    public async Task<IReadOnlyList<TeamInfo>> ListAsync(CancellationToken cancellationToken = default)
        => (await InfoAsync(db.Teams, cancellationToken)).OrderBy(t => t.UnitId).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

    public async Task<TeamInfo?> FindAsync(int teamId, CancellationToken cancellationToken = default)
        => (await InfoAsync(db.Teams.Where(t => t.Id == teamId), cancellationToken)).FirstOrDefault();

    private async Task<List<TeamInfo>> InfoAsync(IQueryable<Team> teams, CancellationToken cancellationToken)
        => (await teams.AsNoTracking().Select(t => new { Team = t, Members = db.TeamMembers.Count(m => m.TeamId == t.Id) }).ToListAsync(cancellationToken))
            .Select(x => new TeamInfo(x.Team.Id, x.Team.Name, x.Team.UnitId, x.Team.Level.ToChinese(), x.Team.Field, x.Members)).ToList();
}
