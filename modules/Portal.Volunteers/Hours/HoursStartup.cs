using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Volunteers.Contracts;

namespace Portal.Volunteers.Hours;

/// <summary>Registers the hours ledger, claims, approvals, stars, honor roll.</summary>
internal static class HoursStartup
{
    public static IServiceCollection AddHours(this IServiceCollection services)
    {
        services.AddScoped<HoursLedger>();
        services.AddScoped<HoursTotals>();
        services.AddScoped<StarLevels>();
        services.AddScoped<HonorRoll>();
        services.AddScoped<EvidencePhotos>();
        services.AddScoped<IServiceHoursLedger, ServiceHoursLedger>();
        return services;
    }

    public static void MapHours(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHoursEndpoints();
        endpoints.MapEvidenceEndpoints();
    }
}
