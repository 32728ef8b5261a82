using Portal.Abstractions.Navigation;

namespace Portal.Activities;

/// <summary>Under the 志愿服务 group the Volunteers module opens (menu groups merge by their text).</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly MenuGroup Group = new("志愿服务", 30);

    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add(Group, "服务活动", ActivityRoutes.AdminPath, 5, Permissions.ManageActivities)
        .Add(Group, "服务项目", ActivityRoutes.AdminProjectsPath, 6, Permissions.ManageActivities)
        .Add(Group, "活动设置", ActivityRoutes.AdminSettingsPath, 85, Permissions.ManageActivitySettings);
}
