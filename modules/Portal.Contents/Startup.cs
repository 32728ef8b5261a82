using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Contents.Display;
using Portal.Contents.Editors;
using Portal.Contents.Endpoints;
using Portal.Contents.Services;

namespace Portal.Contents;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IContentDisplay, ContentDisplay>();
        services.AddScoped<ContentListing>();
        services.AddScoped<IContentDisplayHandler, ContentNavigationHandler>();
        services.AddScoped<ContentAuthorization>();
        services.AddScoped<FeedBuilder>();
        services.AddScoped<IZoneWidgetProvider, FeedLinksWidget>();

        services.AddScoped<IContentPartEditor, TitlePartEditor>();
        services.AddScoped<IContentPartEditor, AutoroutePartEditor>();
        services.AddScoped<IContentPartEditor, HtmlBodyPartEditor>();
        services.AddScoped<IContentPartEditor, ColumnPartEditor>();
        services.AddScoped<IContentPartEditor, CoverPartEditor>();
        services.AddScoped<IContentPartEditor, AttachmentsPartEditor>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFeedEndpoints();
        endpoints.MapContentApiEndpoints();
        endpoints.MapSitemapEndpoints();
        endpoints.MapPublicContentEndpoints();
    }
}
