using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Abstractions.Background;
using Portal.Abstractions.Cli;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Search.Cli;
using Portal.Search.Contracts;
using Portal.Search.Data;
using Portal.Search.Display;
using Portal.Search.Endpoints;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Sources;

namespace Portal.Search;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SearchDbContext, SqliteSearchDbContext, PostgreSqlSearchDbContext>();
        services.TryAddSingleton(TimeProvider.System);

        // This node's copies live under App_Data/search, found as the engine finds App_Data.
        services.AddSingleton(sp => new NodeIndexes(
            Path.Combine(configuration["Portal:AppData"] ?? Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "App_Data"), "search"),
            configuration["Portal:Search:Node"]));
        services.AddScoped<ISearchIndexQueue, SearchIndexQueue>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SearchIndexAdmin>();
        services.AddScoped<IBackgroundTask, IndexingTask>();
        services.AddScoped<SearchService>();

        services.AddScoped<ISearchSource, ContentSearchSource>();
        services.AddScoped<IContentHandler, ContentIndexingHandler>();

        services.AddScoped<IZoneWidgetProvider, SearchBoxWidget>();
        services.AddSingleton<ICliCommand, SearchCommand>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchEndpoints();
}
