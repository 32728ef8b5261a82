using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Search.Contracts;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Teams;

namespace Portal.Volunteers.Tests.Teams;

/// <summary>Search is optional: with it switched off, teams are changed as before and nothing is added to its task log.</summary>
public sealed class TeamsWithoutSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WithSearchSwitchedOff_TeamsAreCreatedEditedAndDeleted_WithoutSearchTasks()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        await factory.WithScopeAsync(sp => sp.GetRequiredService<TeamService>()
            .CreateAsync(new TeamInput("检索开启时的分队", station.Id, null, TeamLevel.Squad, "", "")));
        var whileOn = await TeamTasksAsync();
        Assert.True(whileOn > 0);
        var off = await factory.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(SearchFeature.Id));
        Assert.True(off.Succeeded, off.Refusal);

        var problems = await factory.WithScopeAsync(async sp =>
        {
            var teams = sp.GetRequiredService<TeamService>();
            var created = await teams.CreateAsync(new TeamInput("无检索分队", station.Id, null, TeamLevel.Squad, "便民服务", ""));
            var edited = await teams.UpdateAsync(created.Team!.Id, new TeamInput("无检索分队（改）", station.Id, null, TeamLevel.Squad, "便民服务", "简介"));
            var deleted = await teams.DeleteAsync(created.Team!.Id);
            return (created.Errors.Count, edited.Errors.Count, deleted);
        });

        Assert.Equal((0, 0, (string?)null), problems);
        Assert.Equal(whileOn, await TeamTasksAsync());
    }

    /// <summary>Rows of the search task log for teams, read with plain SQL: the log belongs to the search module.</summary>
    private Task<int> TeamTasksAsync() => factory.WithVolunteersAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"Search_Tasks\" WHERE \"Source\" = '{TeamSearchSource.SourceName}'";
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });
}
