using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Volunteers.Contracts;

namespace Portal.Volunteers.Training;

/// <summary>Registers courses, sessions, records, the training rule.</summary>
internal static class TrainingStartup
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddScoped<TrainingService>();
        services.AddScoped<TrainingRequirements>();
        services.AddScoped<ITrainingRule, TrainingRule>();
        return services;
    }

    public static void MapTraining(this IEndpointRouteBuilder endpoints)
    {
    }
}
