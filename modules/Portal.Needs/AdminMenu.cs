using Portal.Abstractions.Navigation;

namespace Portal.Needs;

/// <summary>Under the 志愿服务 group the Volunteers module opens (menu groups merge by their text).</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly MenuGroup Group = new("志愿服务", 30);

    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add(Group, "群众点单", NeedRoutes.AdminPath, 7, Permissions.ServeNeeds)
        .Add(Group, "点单统计", NeedRoutes.AdminStatsPath, 8, Permissions.ServeNeeds)
        .Add(Group, "点单设置", NeedRoutes.AdminSettingsPath, 86, Permissions.ManageNeedSettings);
}
