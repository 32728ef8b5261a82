using Portal.Abstractions.Navigation;

namespace Portal.Resources;

/// <summary>A group of its own: the inventory, bookings, the 摸清底数 reports and the kinds.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly MenuGroup Group = new("阵地资源", 35);

    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add(Group, "资源清单", ResourceRoutes.AdminPath, 1, Permissions.ManageResources)
        .Add(Group, "资源预约", ResourceRoutes.AdminBookingsPath, 2, Permissions.ManageResources)
        .Add(Group, "摸清底数", ResourceRoutes.AdminReportsPath, 3, Permissions.ManageResources)
        .Add(Group, "资源类别", ResourceRoutes.AdminSettingsPath, 90, Permissions.ManageResourceSettings);
}
