using Portal.Abstractions.Security;

namespace Portal.Organization;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ActInAllUnits = new(nameof(ActInAllUnits), "在所有单位办理业务（不受单位范围限制）");
    public static readonly Permission ManageUnits = new(nameof(ManageUnits), "管理全部单位：新建、编辑、移动、删除单位，分配工作人员");
    public static readonly Permission EditOwnUnits = new(nameof(EditOwnUnits), "管理本单位及下级单位", ManageUnits);

    public IEnumerable<Permission> GetPermissions() => [ActInAllUnits, ManageUnits, EditOwnUnits];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ActInAllUnits, ManageUnits),
        new(RoleNames.Staff, EditOwnUnits),
    ];
}
