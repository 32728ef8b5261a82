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
using Portal.Activities.Attendance;
using Portal.Activities.Calendar;
using Portal.Activities.Data;
using Portal.Activities.Matching;
using Portal.Activities.Public;
using Portal.Activities.Recipes;
using Portal.Activities.Reports;
using Portal.Activities.Services;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

namespace Portal.Activities;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ActivitiesDbContext, SqliteActivitiesDbContext, PostgreSqlActivitiesDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ActivityService>();
        services.AddScoped<ProjectService>();
        services.AddScoped<SignUpService>();
        services.AddScoped<AttendanceService>();
        services.AddSingleton<CheckInCode>();
        services.AddScoped<VolunteerMatcher>();
        services.AddScoped<InvitationService>();
        services.AddScoped<IVolunteerActivities, VolunteerActivitiesReader>();
        services.AddScoped<IUnitDashboardSource, ActivitiesDashboard>();
        services.AddScoped<PublicActivities>();
        services.AddScoped<ActivityCalendar>();
        services.AddScoped<Portal.Activities.Contracts.IActivityCatalog, ActivityCatalog>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IPublicNavigationProvider, ActivityWidgets>();
        services.AddScoped<IZoneWidgetProvider, ActivityWidgets>();
        services.AddScoped<IRecipeStepHandler, ActivitiesStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapActivitiesEndpoints();
        endpoints.MapCalendarEndpoints();
        endpoints.MapCheckInEndpoints();
    }
}
