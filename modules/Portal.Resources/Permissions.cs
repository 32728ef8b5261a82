using Portal.Abstractions.Security;

namespace Portal.Resources;

/// <summary>
/// Staff keep the resources of their unit and the units below it (IUnitScope) and book them; approving the booking of a
/// resource that belongs to others (可用) is the owner's word, recorded by whoever holds ApproveResourceBookings.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageResources = new(nameof(ManageResources), "管理本单位的阵地资源、导入导出和预约");
    public static readonly Permission ApproveResourceBookings = new(nameof(ApproveResourceBookings), "记录权属方对可用资源预约的同意或拒绝");
    public static readonly Permission ReadResourceContact = new(nameof(ReadResourceContact), "查看可用资源权属方联系人的完整姓名和电话（留痕）");
    public static readonly Permission ManageResourceSettings = new(nameof(ManageResourceSettings), "设置资源类别");

    public IEnumerable<Permission> GetPermissions() => [ManageResources, ApproveResourceBookings, ReadResourceContact, ManageResourceSettings];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ManageResources, ApproveResourceBookings, ReadResourceContact, ManageResourceSettings),
        new(RoleNames.Staff, ManageResources),
    ];
}
