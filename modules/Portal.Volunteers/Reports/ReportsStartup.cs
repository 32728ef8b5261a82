using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Reports;

/// <summary>Registers the hours reports (the admin controller is found by MVC).</summary>
internal static class ReportsStartup
{
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddScoped<HoursReportBuilder>();

    public static void MapReports(this IEndpointRouteBuilder endpoints)
    {
    }
}
