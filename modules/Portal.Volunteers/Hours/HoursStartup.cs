using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Hours;

/// <summary>Registers the hours ledger, claims, approvals, stars, honor roll.</summary>
internal static class HoursStartup
{
    public static IServiceCollection AddHours(this IServiceCollection services) => services;

    public static void MapHours(this IEndpointRouteBuilder endpoints)
    {
    }
}
