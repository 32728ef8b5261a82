using Portal.Abstractions.Security;

namespace Portal.Needs;

/// <summary>
/// The center reviews and dispatches (审单、派单); stations accept, refuse and finish what they were given (接单). Both act
/// only within their unit scope (IUnitScope); administrators everywhere.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ReviewNeeds = new(nameof(ReviewNeeds), "审核群众点单并派单或发布抢单");
    public static readonly Permission ServeNeeds = new(nameof(ServeNeeds), "本单位接单、抢单、拒单并完成服务");
    public static readonly Permission ReadNeedContact = new(nameof(ReadNeedContact), "查看点单人的完整姓名和电话（留痕）");
    public static readonly Permission ManageNeedSettings = new(nameof(ManageNeedSettings), "设置点单类别和各环节时限");

    public IEnumerable<Permission> GetPermissions() => [ReviewNeeds, ServeNeeds, ReadNeedContact, ManageNeedSettings];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ReviewNeeds, ServeNeeds, ReadNeedContact, ManageNeedSettings),
        new(RoleNames.Staff, ServeNeeds),
    ];
}
