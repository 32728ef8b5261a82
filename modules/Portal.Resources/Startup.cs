using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Security;
using Portal.Resources.Data;
using Portal.Resources.Import;
using Portal.Resources.Public;
using Portal.Resources.Recipes;
using Portal.Resources.Reports;
using Portal.Resources.Services;

namespace Portal.Resources;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ResourcesDbContext, SqliteResourcesDbContext, PostgreSqlResourcesDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ResourceService>();
        services.AddScoped<BookingService>();
        services.AddScoped<ResourceImporter>();
        services.AddScoped<ResourceReports>();
        services.AddScoped<PublicResources>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IPublicNavigationProvider, ResourcesNavigation>();
        services.AddScoped<IRecipeStepHandler, ResourcesStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapResourcesEndpoints();
}
