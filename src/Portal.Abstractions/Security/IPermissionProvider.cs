namespace Portal.Abstractions.Security;

/// <summary>A module's permissions and the roles they are granted to on setup.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Default grants per role name; applied when a role is first created.</summary>
    IEnumerable<RoleStereotype> GetDefaultStereotypes();
}

/// <summary>The permissions a role gets by default.</summary>
public sealed record RoleStereotype(string RoleName, params Permission[] Permissions);
