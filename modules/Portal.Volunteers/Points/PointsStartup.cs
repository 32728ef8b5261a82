using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Points;

/// <summary>Registers points and the love supermarket.</summary>
internal static class PointsStartup
{
    public static IServiceCollection AddPoints(this IServiceCollection services)
    {
        services.AddScoped<PointsAccount>();
        services.AddScoped<Supermarket>();
        return services;
    }

    public static void MapPoints(this IEndpointRouteBuilder endpoints) => endpoints.MapSupermarketEndpoints();
}
