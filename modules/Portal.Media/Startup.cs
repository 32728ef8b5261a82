using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Media.Contracts;
using Portal.Media.Data;
using Portal.Media.Endpoints;
using Portal.Media.Services;
using Portal.Media.Storage;

namespace Portal.Media;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MediaDbContext, SqliteMediaDbContext, PostgreSqlMediaDbContext>();
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        // App_Data is found as the engine finds it: Portal:AppData, else App_Data under the content root.
        services.AddSingleton<IMediaStore>(sp => new FileSystemMediaStore(Path.Combine(
            configuration["Portal:AppData"] ?? Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "App_Data"),
            "media")));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<MediaUploader>();
        services.AddScoped<MediaService>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddScoped<IPrivateImages, PrivateImages>();
        services.AddScoped<ILibraryImages, LibraryImages>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaEndpoints();
}
