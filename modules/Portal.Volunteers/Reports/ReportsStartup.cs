using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Reports;

/// <summary>Registers reports and exports.</summary>
internal static class ReportsStartup
{
    public static IServiceCollection AddReports(this IServiceCollection services) => services;

    public static void MapReports(this IEndpointRouteBuilder endpoints)
    {
    }
}
