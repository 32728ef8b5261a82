using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;
using Npgsql;
using Portal.Abstractions.Background;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Events;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Settings;
using Portal.Abstractions.Users;
using Portal.Core.Background;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Events;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Steps;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.Setup;

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
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(catalog);
        services.AddSingleton<FeatureState>();
        services.AddSingleton<IFeatureState>(sp => sp.GetRequiredService<FeatureState>());
        services.AddScoped<FeatureManager>();
        services.AddScoped<IBackgroundTask, FeatureRefreshTask>();

        AddData(services, DatabaseOptions.From(configuration, builder.Environment.ContentRootPath));
        AddSecurity(services);
        var appData = configuration["Portal:AppData"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(appData, "keys")));
        services.AddMemoryCache();

        services.AddScoped<IAdminMenu, AdminMenu>();
        services.AddScoped<IEventPublisher, EventPublisher>();
        services.AddScoped<ISettingsStore, SettingsStore>();

        services.AddSingleton<RecipeFiles>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();

        services.AddScoped<SetupService>();
        services.AddSingleton<PortalInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<PortalInitializer>());
        services.AddHostedService<BackgroundTaskHost>();

        services.AddSingleton<ThemeTemplates>();
        services.AddScoped<IPageRenderer, LiquidPageRenderer>();
        services.AddHealthChecks();

        // Razor writes Chinese as text, not as &#x..; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        var mvc = services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Conventions.Add(new FeatureControllerConvention(catalog));
        });
        mvc.ConfigureApplicationPartManager(parts =>
        {
            parts.FeatureProviders.Remove(parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().Single());
            parts.FeatureProviders.Add(new ModuleControllerFeatureProvider());
        });
        foreach (var assembly in catalog.ModuleAssemblies.Concat(catalog.Themes.Select(t => t.Assembly)).Distinct())
            if (!mvc.PartManager.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
                mvc.AddApplicationPart(assembly);

        // What a startup registers belongs to its features: remember it, to switch it off with them.
        var registrations = new FeatureRegistrations();
        services.AddSingleton(registrations);
        foreach (var startup in catalog.Startups)
        {
            var before = services.Count;
            Instantiate(startup).ConfigureServices(services, configuration);
            registrations.Record(services.Skip(before), startup.FeatureIds);
        }
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseFriendlyErrors();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();

        app.MapStaticAssets();
        app.MapHome();
        app.MapHealthChecks("/health");
        app.MapControllers();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var startup in catalog.Startups)
            Instantiate(startup).MapEndpoints(app.MapGroup("").WithMetadata(new FeatureMetadata(startup.FeatureIds)));
        return app;
    }

    private static ModuleStartup Instantiate(StartupInfo startup) => (ModuleStartup)Activator.CreateInstance(startup.Type)!;

    private static void AddData(IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
            services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString));
        services.AddScoped(sp => new DbSession(options, sp.GetService<NpgsqlDataSource>()));
        services.AddScoped<IDbSession>(sp => sp.GetRequiredService<DbSession>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IDbContextConfigurator, DbContextConfigurator>();
        services.AddModuleDbContext<CoreDbContext, SqliteCoreDbContext, PostgreSqlCoreDbContext>();
        services.AddScoped<DatabaseMigrator>();
    }

    private static void AddSecurity(IServiceCollection services)
    {
        services.AddIdentity<PortalUser, PortalRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<CoreDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "portal.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A signed-in user without the permission gets a 403 page, not a redirect loop.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<RolePermissions>();
        services.AddScoped<RoleService>();
        services.AddScoped<IUserDirectory, UserDirectory>();
    }
}
