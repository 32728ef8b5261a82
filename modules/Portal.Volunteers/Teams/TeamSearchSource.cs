using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Organization.Contracts;
using Portal.Search.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Teams;

/// <summary>Teams as search documents: only what their public page shows about the team itself, nothing about members.</summary>
internal sealed class TeamSearchSource(VolunteersDbContext db, IUnitDirectory units) : ISearchSource
{
    public const string SourceName = "volunteer-teams";

    public string Name => SourceName;

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Teams.CountAsync(cancellationToken);

    public async IAsyncEnumerable<SearchDocument> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tree = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id);
        foreach (var team in await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken))
            yield return ToDocument(team, tree);
    }

    public async Task<IReadOnlyList<SearchDocument>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        if (ids.Count == 0)
            return [];
        var tree = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id);
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        return teams.Select(t => ToDocument(t, tree)).ToList();
    }

    private static SearchDocument ToDocument(Team team, IReadOnlyDictionary<int, UnitInfo> tree)
    {
        var unit = tree.GetValueOrDefault(team.UnitId);
        return new SearchDocument
        {
            Key = team.Id.ToString(CultureInfo.InvariantCulture),
            Type = "VolunteerTeam",
            TypeName = "志愿服务队",
            Title = team.Name,
            Text = string.Join('\n', new[] { team.Level.ToChinese(), team.Field, team.Description }.Where(t => t.Length > 0)),
            Url = TeamsRoutes.PublicUrl(team.Id),
            Unit = unit is null ? null : new SearchUnit(unit.Code, unit.Name),
            DateUtc = team.CreatedUtc,
            Tags = team.Field.Length > 0 ? [team.Field] : [],
        };
    }
}

/// <summary>Adds a team's indexing task to the log in the transaction that changes the team.</summary>
internal sealed class TeamSearchIndexing(ISearchIndexQueue queue) : ITeamChangeObserver
{
    public void TeamChanged(int teamId) => queue.Enqueue(TeamSearchSource.SourceName, teamId.ToString(CultureInfo.InvariantCulture));
}
