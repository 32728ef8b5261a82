using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;

namespace Portal.Testing;

public static class PortalFactoryExtensions
{
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
