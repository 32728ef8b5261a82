using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Registration;

/// <summary>Registers registration, review, profile, personal-data reads, settings.</summary>
internal static class RegistrationStartup
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddScoped<RegistrationService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<VolunteerReview>();
        return services;
    }

    public static void MapRegistration(this IEndpointRouteBuilder endpoints) => endpoints.MapRegistrationEndpoints();
}
