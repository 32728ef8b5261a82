using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Organization.Data;
using Portal.Organization.Display;
using Portal.Organization.Endpoints;
using Portal.Organization.Recipes;
using Portal.Organization.Services;

namespace Portal.Organization;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrganizationDbContext, SqliteOrganizationDbContext, PostgreSqlOrganizationDbContext>();
        services.AddScoped<UnitService>();
        services.AddScoped<StaffService>();
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddScoped<IUnitScope, UnitScope>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, UnitsStep>();
    }
}

/// <summary>The public pages of the practice positions, switchable apart from the unit tree itself.</summary>
[RequireFeatures(OrganizationFeature.PublicPages)]
internal sealed class PublicPagesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IZoneWidgetProvider, UnitsWidgets>();
        services.AddScoped<IPublicNavigationProvider, UnitsWidgets>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPublicUnitsEndpoints();
}
