using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Cli;
using Portal.Abstractions.Recipes;
using Portal.Core.Cli;
using Portal.Core.Recipes.Steps;
using Portal.Core.Setup;

namespace Portal.Core.Recipes;

internal static class RecipesRegistration
{
    /// <summary>The recipe files, the executor with the engine's own steps, and first-run setup.</summary>
    public static IServiceCollection AddPortalRecipes(this IServiceCollection services)
    {
        services.AddSingleton<RecipeFiles>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddSingleton<ICliCommand, RecipeCommand>();

        services.AddScoped<SetupService>();
        services.AddSingleton<PortalInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<PortalInitializer>());
        return services;
    }
}
