using Portal.Abstractions.Navigation;

namespace Portal.Admin;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add(MenuGroup.Home, "概览", "/admin", 0, Permissions.AccessAdmin)
        .Add(MenuGroup.System, "功能", "/admin/features", 30, Permissions.ManageFeatures)
        .Add(MenuGroup.System, "配方", "/admin/recipes", 40, Permissions.RunRecipes);
}
