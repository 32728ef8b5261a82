using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Contents;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Core;

/// <summary>The host's two calls: <c>builder.AddPortal()</c> and <c>app.UsePortal()</c>.</summary>
public static class PortalHostExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // The documented address unless --urls, ASPNETCORE_URLS or Urls says otherwise.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);

        var catalog = ModuleCatalog.FromHost(Assembly.Load(builder.Environment.ApplicationName));
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services
            .AddPortalModules(catalog)
            .AddPortalData(DatabaseOptions.From(builder.Configuration, contentRoot))
            .AddPortalSecurity(builder.Configuration["Portal:AppData"] ?? Path.Combine(contentRoot, "App_Data"))
            .AddPortalRateLimits(builder.Configuration)
            .AddPortalRecipes()
            .AddPortalContents()
            .AddPortalDisplay()
            .AddMemoryCache()
            .AddHealthChecks();
        builder.Services.AddModuleStartups(catalog, builder.Configuration);
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseFriendlyErrors();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        // MVC validates its forms with a filter; this covers forms posted to minimal-API endpoints.
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHome();
        app.MapHealthChecks("/health");
        app.MapModuleEndpoints();
        return app;
    }
}
