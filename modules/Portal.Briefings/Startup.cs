using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Briefings.Data;
using Portal.Briefings.Display;
using Portal.Briefings.Editors;
using Portal.Briefings.Endpoints;
using Portal.Briefings.Models;
using Portal.Briefings.Services;

namespace Portal.Briefings;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<BriefingsDbContext, SqliteBriefingsDbContext, PostgreSqlBriefingsDbContext>();
        services.AddContentPart<BriefingPart, BriefingPartEditor>("简报", "简报的刊头（刊名、期号、专刊、编发单位、日期）、文章和版记（报送发、印发单位、印数、文号）。");
        services.AddScoped<BriefingNumbering>();
        services.AddScoped<BriefingCatalog>();
        services.AddScoped<IContentHandler, BriefingHandler>();
        services.AddScoped<IContentDisplayHandler, BriefingDisplayHandler>();
        services.AddScoped<IZoneWidgetProvider, BriefingsWidgets>();
        services.AddScoped<IPublicNavigationProvider, BriefingsWidgets>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPublicBriefingsEndpoints();
}
