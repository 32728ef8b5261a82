using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using Portal.Abstractions.Display;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Settings;
using Portal.Core.Navigation;
using Portal.Core.Settings;

namespace Portal.Core.Display;

internal static class DisplayRegistration
{
    /// <summary>Liquid pages in the active theme, the admin menu and the settings they show.</summary>
    public static IServiceCollection AddPortalDisplay(this IServiceCollection services)
    {
        services.AddSingleton<ThemeTemplates>();
        services.AddScoped<IPageRenderer, LiquidPageRenderer>();
        services.AddScoped<IAdminMenu, AdminMenu>();
        services.AddScoped<ISettingsStore, SettingsStore>();
        services.AddHttpContextAccessor();
        // Stateless: the setting and the request being served (IHttpContextAccessor) are read on each call.
        services.AddSingleton<IPublicAddress, PublicAddress>();
        services.AddSingleton<ICsvFiles, CsvFiles>();
        // Razor writes Chinese as text, not as &#x..; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
