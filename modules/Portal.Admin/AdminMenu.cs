using Portal.Abstractions.Navigation;

namespace Portal.Admin;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add("后台首页", 0, "概览", "/admin", 0, Permissions.AccessAdmin)
        .Add("系统", 90, "功能", "/admin/features", 30, Permissions.ManageFeatures)
        .Add("系统", 90, "配方", "/admin/recipes", 40, Permissions.RunRecipes);
}
