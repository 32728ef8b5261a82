using Portal.Abstractions.Security;

namespace Portal.Users;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "管理用户账号：新建、分配角色、解锁、重置密码");
    public static readonly Permission ManageRoles = new(nameof(ManageRoles), "管理角色及其权限");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, ManageUsers, ManageRoles)];
}
