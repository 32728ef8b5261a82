using Portal.Abstractions.Navigation;

namespace Portal.Volunteers;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly MenuGroup Group = new("志愿服务", 30);

    public void BuildMenu(AdminMenuBuilder menu) => menu
        .Add(Group, "志愿者", "/admin/volunteers", 10, Permissions.ManageVolunteers)
        .Add(Group, "志愿服务队", "/admin/volunteers/teams", 20, Permissions.ManageTeams)
        .Add(Group, "培训", "/admin/volunteers/training", 30, Permissions.ManageTraining)
        .Add(Group, "服务时长", "/admin/volunteers/hours", 40, Permissions.ApproveServiceHours)
        .Add(Group, "爱心超市", "/admin/volunteers/supermarket", 50, Permissions.ManageLoveSupermarket)
        .Add(Group, "记录证明", "/admin/volunteers/certificates", 60, Permissions.IssueCertificates)
        .Add(Group, "时长统计", "/admin/volunteers/reports", 70, Permissions.ViewVolunteerReports)
        .Add(Group, "志愿者设置", "/admin/volunteers/settings", 80, Permissions.ManageVolunteerSettings);
}
