using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Teams;

/// <summary>The public pages of the 志愿服务队: all teams by unit, and one team.</summary>
internal static class TeamsEndpoints
{
    public static void MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/volunteers/teams");

        group.MapGet("", async (PublicTeams teams, CancellationToken ct) =>
                Pages.Render("VolunteerTeams", await teams.ListAsync(ct), "志愿服务队"))
            .WithName(TeamsRoutes.PublicList);

        group.MapGet("/{id:int}", async Task<Results<PageResult, NotFound>> (int id, PublicTeams teams, CancellationToken ct) =>
                await teams.FindAsync(id, ct) is { } team ? Pages.Render("VolunteerTeam", team, team.Name) : TypedResults.NotFound())
            .WithName(TeamsRoutes.PublicTeam);
    }
}
