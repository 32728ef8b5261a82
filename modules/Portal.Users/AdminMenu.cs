using Portal.Abstractions.Navigation;

namespace Portal.Users;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add(MenuGroup.System, "用户", "/admin/users", 10, Permissions.ManageUsers)
        .Add(MenuGroup.System, "角色与权限", "/admin/roles", 20, Permissions.ManageRoles);
}
