using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;

namespace Portal.Testing;

public static class PortalFactoryExtensions
{
    public const string StaffPassword = "Staff-pass-2026";

    /// <summary>
    /// A Staff account assigned to <paramref name="unitId"/> through the units admin, and a client signed in as it. It holds
    /// what the site's recipe gives the Staff role and, through a role of its own (the shared Staff role is left as the
    /// recipe made it), <paramref name="permissions"/>.
    /// </summary>
    public static async Task<PortalClient> CreateStaffClientAsync(this PortalFactory factory, int unitId, params string[] permissions)
    {
        string[] roles = [RoleNames.Staff];
        if (permissions.Length > 0)
        {
            var own = "测试工作人员" + Guid.NewGuid().ToString("N")[..6];
            await factory.WithScopeAsync(async sp =>
            {
                var role = await sp.GetRequiredService<RoleService>().EnsureAsync(own);
                await sp.GetRequiredService<RolePermissions>().SetAsync(role, permissions);
            });
            roles = [RoleNames.Staff, own];
        }
        var (userName, _) = await factory.CreateUserAsync(StaffPassword, roles);
        using var admin = await factory.CreateAdminClientAsync();
        var response = await admin.SubmitFormAsync($"/admin/units/{unitId}/staff", $"form[action='/admin/units/{unitId}/staff']",
            new Dictionary<string, string> { ["userName"] = userName });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Assigning staff answered {(int)response.StatusCode}.");
        return await factory.CreateClientAsAsync(userName, StaffPassword);
    }

    /// <summary>Creates an account with a unique name and the given roles; returns its name and id.</summary>
    public static Task<(string UserName, string Id)> CreateUserAsync(this PortalFactory factory, string password, params string[] roles)
        => factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = "u" + Guid.NewGuid().ToString("N")[..10], DisplayName = "测试用户", CreatedUtc = DateTime.UtcNow };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            if (roles.Length > 0)
                await users.AddToRolesAsync(user, roles);
            return (user.UserName, user.Id);
        });

    /// <summary>A client already signed in as the administrator created by setup.</summary>
    public static async Task<PortalClient> CreateAdminClientAsync(this PortalFactory factory)
    {
        var client = factory.CreatePortalClient();
        var response = await client.LoginAsync("admin", PortalFactory.AdminPassword);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Administrator sign-in answered {(int)response.StatusCode}.");
        return client;
    }

    public static async Task<PortalClient> CreateClientAsAsync(this PortalFactory factory, string userName, string password)
    {
        var client = factory.CreatePortalClient();
        var response = await client.LoginAsync(userName, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} answered {(int)response.StatusCode}.");
        return client;
    }
}
