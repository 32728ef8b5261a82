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
using Portal.Volunteers.Certificates;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Display;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Points;
using Portal.Volunteers.Recipes;
using Portal.Volunteers.Registration;
using Portal.Volunteers.Reports;
using Portal.Volunteers.SelfService;
using Portal.Volunteers.Services;
using Portal.Volunteers.Teams;
using Portal.Volunteers.Training;

namespace Portal.Volunteers;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<VolunteersDbContext, SqliteVolunteersDbContext, PostgreSqlVolunteersDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<VolunteerAccess>();
        services.AddScoped<IVolunteerDirectory, VolunteerDirectory>();
        services.AddScoped<IVolunteerTeams, VolunteerTeams>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IPublicNavigationProvider, VolunteersPages>();
        services.AddScoped<IZoneWidgetProvider, VolunteersPages>();
        services.AddScoped<IRecipeStepHandler, VolunteersStep>();

        services.AddRegistration()
            .AddTeams()
            .AddTraining()
            .AddHours()
            .AddPoints()
            .AddCertificates()
            .AddReports()
            .AddSelfService();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        VolunteersPages.MapVolunteersHome(endpoints);
        endpoints.MapRegistration();
        endpoints.MapTeams();
        endpoints.MapTraining();
        endpoints.MapHours();
        endpoints.MapPoints();
        endpoints.MapCertificates();
        endpoints.MapReports();
        endpoints.MapSelfService();
    }
}
