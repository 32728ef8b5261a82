using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.SelfService;

/// <summary>Registers the volunteer's own page (我的).</summary>
internal static class SelfServiceStartup
{
    public static IServiceCollection AddSelfService(this IServiceCollection services) => services;

    public static void MapSelfService(this IEndpointRouteBuilder endpoints)
    {
    }
}
