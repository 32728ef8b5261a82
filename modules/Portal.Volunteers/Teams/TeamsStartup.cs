using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Teams;

/// <summary>Registers teams and their public pages.</summary>
internal static class TeamsStartup
{
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddScoped<TeamService>();
        services.AddScoped<PublicTeams>();
        return services;
    }

    public static void MapTeams(this IEndpointRouteBuilder endpoints) => endpoints.MapTeamsEndpoints();
}
