using Portal.Core.Security;

namespace Portal.Users.ViewModels;

internal sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut);

internal sealed class UserForm
{
    /// <summary>Matches the column sizes of user and display names.</summary>
    public const int MaxNameLength = 64;

    public string? Id { get; set; }
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];
    /// <summary>Identity's concurrency stamp when the form was loaded; a newer one refuses the edit.</summary>
    public string? ConcurrencyStamp { get; set; }

    /// <summary>Drops blank and repeated role names a form may post.</summary>
    public void Normalize() => Roles = Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
}

internal sealed record UserEditPage(UserForm Form, IReadOnlyList<PortalRole> AssignableRoles, bool LockedOut);

internal sealed record RoleRow(string Name, string Description, bool BuiltIn, int PermissionCount);

internal sealed record RoleEditPage(PortalRole Role, IReadOnlyList<PermissionGroup> Groups, IReadOnlySet<string> Granted, bool AllPermissions);
