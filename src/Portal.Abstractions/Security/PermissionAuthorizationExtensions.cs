using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Portal.Abstractions.Security;

public static class PermissionAuthorizationExtensions
{
    /// <summary>The authorization policy name that demands <paramref name="permission"/>.</summary>
    public static string PolicyName(this Permission permission) => PermissionPolicy.Prefix + permission.Name;

    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission)
        => (await service.AuthorizeAsync(user, null, permission.PolicyName())).Succeeded;

    /// <summary>Demands a permission of every endpoint the builder maps.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder
        => builder.RequireAuthorization(permission.PolicyName());
}

/// <summary>Policies named <c>Permission:{name}</c> are built on demand by the host.</summary>
public static class PermissionPolicy
{
    public const string Prefix = "Permission:";
}
