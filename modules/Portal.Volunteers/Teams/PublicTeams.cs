using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Teams;

/// <summary>
/// What the public sees of teams: name, unit, level, field, description, member count, leaders by masked name.
/// Nothing else about any member is read.
/// </summary>
internal sealed class PublicTeams(VolunteersDbContext db, IUnitDirectory units)
{
    public async Task<PublicTeamList> ListAsync(CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Level).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        var counts = await CountsAsync(teams.Select(t => t.Id).ToList(), cancellationToken);
        var byUnit = teams.ToLookup(t => t.UnitId);
        var groups = tree
            .Where(u => byUnit[u.Id].Any())
            .Select(u => new PublicTeamUnit(u.Name, u.Code, byUnit[u.Id].Select(t => Card(t, counts)).ToList()))
            .ToList();
        return new PublicTeamList(groups, teams.Count);
    }

    public async Task<PublicTeamPage?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
            return null;
        var unit = await units.FindAsync(team.UnitId, cancellationToken);
        var parent = team.ParentId is { } parentId ? await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == parentId, cancellationToken) : null;
        var children = await db.Teams.AsNoTracking().Where(t => t.ParentId == id).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var counts = await CountsAsync(children.Select(c => c.Id).Append(id).ToList(), cancellationToken);
        // Only the real name is read, and only to be masked.
        var leaders = await db.TeamMembers.AsNoTracking()
            .Where(m => m.TeamId == id && m.IsLeader)
            .Join(db.Volunteers, m => m.VolunteerId, v => v.Id, (m, v) => new { v.RealName, m.JoinedUtc })
            .OrderBy(l => l.JoinedUtc)
            .Select(l => l.RealName)
            .ToListAsync(cancellationToken);
        return new PublicTeamPage(
            team.Id, team.Name, unit?.Name ?? "", unit is null ? "" : $"/units/{Uri.EscapeDataString(unit.Code)}",
            team.Level.ToChinese(), team.Field, team.Description, counts.GetValueOrDefault(id),
            leaders.Select(PersonalDataMask.Name).ToList(),
            parent is null ? null : new PublicTeamLink(parent.Name, TeamsRoutes.PublicUrl(parent.Id)),
            children.Select(c => Card(c, counts)).ToList(),
            []);
    }

    private async Task<Dictionary<int, int>> CountsAsync(List<int> teamIds, CancellationToken cancellationToken)
        => await db.TeamMembers.AsNoTracking().Where(m => teamIds.Contains(m.TeamId))
            .GroupBy(m => m.TeamId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static PublicTeamCard Card(Team team, Dictionary<int, int> counts)
        => new(team.Name, team.Level.ToChinese(), team.Field, counts.GetValueOrDefault(team.Id), TeamsRoutes.PublicUrl(team.Id));
}

/// <summary>The theme's <c>VolunteerTeams</c> page: teams by unit, in the order of the unit tree.</summary>
internal sealed record PublicTeamList(IReadOnlyList<PublicTeamUnit> Units, int TeamCount);

internal sealed record PublicTeamUnit(string Name, string Code, IReadOnlyList<PublicTeamCard> Teams);

internal sealed record PublicTeamCard(string Name, string Level, string Field, int MemberCount, string Url);

internal sealed record PublicTeamLink(string Name, string Url);

/// <summary>
/// The theme's <c>VolunteerTeam</c> page. <see cref="Activities"/> stays empty until the activities module lists a
/// team's activities here.
/// </summary>
internal sealed record PublicTeamPage(
    int Id,
    string Name,
    string UnitName,
    string UnitUrl,
    string Level,
    string Field,
    string Description,
    int MemberCount,
    IReadOnlyList<string> Leaders,
    PublicTeamLink? Parent,
    IReadOnlyList<PublicTeamCard> Children,
    IReadOnlyList<PublicTeamLink> Activities);
