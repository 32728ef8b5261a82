using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;

namespace Portal.Core.Security;

/// <summary>Demands one permission by name.</summary>
public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;
}

/// <summary>Builds <c>Permission:{name}</c> policies on demand.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .AddRequirements(new PermissionRequirement(policyName[PermissionPolicy.Prefix.Length..]))
            .Build();
    }
}

/// <summary>
/// Grants a permission when one of the user's roles (plus the implicit Anonymous / Authenticated)
/// holds it or a permission that implies it. Administrators hold every permission of an enabled
/// feature; nobody holds the permission of a disabled feature.
/// </summary>
internal sealed class PermissionHandler(PermissionCatalog catalog, RolePermissions rolePermissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (!catalog.ByName().TryGetValue(requirement.PermissionName, out var permission))
            return;

        var roles = RolesOf(context.User).ToList();
        if (roles.Contains(RoleNames.Administrator))
        {
            context.Succeed(requirement);
            return;
        }

        var grants = await rolePermissions.GetAllAsync();
        var accepted = Implying(permission).Select(p => p.Name).ToHashSet();
        if (roles.Any(r => grants.TryGetValue(r, out var held) && held.Overlaps(accepted)))
            context.Succeed(requirement);
    }

    private static IEnumerable<string> RolesOf(ClaimsPrincipal user)
    {
        yield return RoleNames.Anonymous;
        if (user.Identity?.IsAuthenticated != true)
            yield break;
        yield return RoleNames.Authenticated;
        foreach (var role in user.FindAll(ClaimTypes.Role))
            yield return role.Value;
    }

    private static IEnumerable<Permission> Implying(Permission permission)
        => permission.ImpliedBy.SelectMany(Implying).Prepend(permission);
}
