using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Security;
using Portal.Abstractions.Users;
using Portal.Core.Data;

namespace Portal.Core.Security;

internal static class SecurityRegistration
{
    /// <summary>Identity (lockout, password rules, Chinese messages), the sign-in cookie, permission-based authorization.</summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, string appData)
    {
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(appData, "keys")));
        services.AddSingleton<IPersonalDataVault>(sp => new PersonalDataVault(
            sp.GetRequiredService<IConfiguration>(), appData, sp.GetRequiredService<ILogger<PersonalDataVault>>()));

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

        // Checked on every request: a removed role or a reset password ends other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.Cookie.Name = "portal.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A signed-in user without the permission gets the 403 page, not a redirect.
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
        services.AddScoped<IAccountRegistrar, AccountRegistrar>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IPersonalDataReads, PersonalDataReads>();
        return services;
    }
}
