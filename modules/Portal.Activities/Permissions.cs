using Portal.Abstractions.Security;

namespace Portal.Activities;

/// <summary>Staff act on the projects and activities of their unit and the units below it (IUnitScope); administrators everywhere.</summary>
internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageActivities = new(nameof(ManageActivities), "管理本单位的服务项目、志愿服务活动和报名名单");
    public static readonly Permission ManageActivitySettings = new(nameof(ManageActivitySettings), "设置活动类别和节令标签");

    public IEnumerable<Permission> GetPermissions() => [ManageActivities, ManageActivitySettings];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ManageActivities, ManageActivitySettings),
        new(RoleNames.Staff, ManageActivities),
    ];
}
