using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Background;
using Portal.Abstractions.Modules;
using Portal.Core.Background;

namespace Portal.Core.Modules;

internal static class ModulesRegistration
{
    /// <summary>The catalog, the feature switches, MVC over the module and theme assemblies, background work.</summary>
    public static IServiceCollection AddPortalModules(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddSingleton(catalog);
        services.AddSingleton<FeatureState>();
        services.AddSingleton<IFeatureState>(sp => sp.GetRequiredService<FeatureState>());
        services.AddScoped<FeatureManager>();
        services.AddScoped<IBackgroundTask, FeatureRefreshTask>();
        services.AddHostedService<BackgroundTaskHost>();

        var mvc = services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Conventions.Add(new FeatureControllerConvention(catalog));
            // Content parts have non-null strings that may be empty; what is required says so with [Required] and a Chinese message.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        mvc.ConfigureApplicationPartManager(parts =>
        {
            parts.FeatureProviders.Remove(parts.FeatureProviders.OfType<ControllerFeatureProvider>().Single());
            parts.FeatureProviders.Add(new ModuleControllerFeatureProvider());
        });
        foreach (var assembly in catalog.ModuleAssemblies.Concat(catalog.Themes.Select(t => t.Assembly)).Distinct())
            if (!mvc.PartManager.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
                mvc.AddApplicationPart(assembly);
        return services;
    }

    /// <summary>Runs every module startup's registration, remembering which features own what it registers.</summary>
    public static IServiceCollection AddModuleStartups(this IServiceCollection services, ModuleCatalog catalog, IConfiguration configuration)
    {
        var registrations = new FeatureRegistrations();
        services.AddSingleton(registrations);
        foreach (var startup in catalog.Startups)
        {
            var before = services.Count;
            Instantiate(startup).ConfigureServices(services, configuration);
            registrations.Record(services.Skip(before), startup.FeatureIds);
        }
        return services;
    }

    /// <summary>Maps each startup's endpoints in a group tagged with its features, so they answer 404 when switched off.</summary>
    public static void MapModuleEndpoints(this WebApplication app)
    {
        app.MapControllers();
        foreach (var startup in app.Services.GetRequiredService<ModuleCatalog>().Startups)
            Instantiate(startup).MapEndpoints(app.MapGroup("").WithMetadata(new FeatureMetadata(startup.FeatureIds)));
    }

    private static ModuleStartup Instantiate(StartupInfo startup) => (ModuleStartup)Activator.CreateInstance(startup.Type)!;
}
