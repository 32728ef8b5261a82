using Portal.Abstractions.Navigation;

namespace Portal.Organization;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
    {
        menu.Add(MenuGroup.Organization, "单位工作台", "/admin/units/dashboard", 5, Permissions.EditOwnUnits);
        menu.Add(MenuGroup.Organization, "单位管理", "/admin/units", 10, Permissions.EditOwnUnits);
    }
}
