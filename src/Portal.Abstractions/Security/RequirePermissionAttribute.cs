using Microsoft.AspNetCore.Authorization;

namespace Portal.Abstractions.Security;

/// <summary>
/// Demands a permission of a controller or action: <c>[RequirePermission(nameof(Permissions.ManageUsers))]</c>.
/// A permission's name is the name of its static field, so <c>nameof</c> keeps the two in step.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permissionName) : AuthorizeAttribute(PermissionPolicy.Prefix + permissionName);
