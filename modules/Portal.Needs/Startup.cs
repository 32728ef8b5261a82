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
using Portal.Needs.Admin;
using Portal.Needs.Data;
using Portal.Needs.Public;
using Portal.Needs.Recipes;
using Portal.Needs.Services;
using Portal.Organization.Contracts;

namespace Portal.Needs;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NeedsDbContext, SqliteNeedsDbContext, PostgreSqlNeedsDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<NeedService>();
        services.AddScoped<PublicNeeds>();
        services.AddScoped<IUnitDashboardSource, NeedsDashboard>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IPublicNavigationProvider, NeedsNavigation>();
        services.AddScoped<IRecipeStepHandler, NeedsStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapNeedsEndpoints();
}
