using Portal.Abstractions.Security;

namespace Portal.Admin;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new(nameof(AccessAdmin), "进入管理后台");
    public static readonly Permission ManageFeatures = new(nameof(ManageFeatures), "启用和停用功能");
    public static readonly Permission RunRecipes = new(nameof(RunRecipes), "执行配方（批量导入站点配置）");

    public IEnumerable<Permission> GetPermissions() => [AccessAdmin, ManageFeatures, RunRecipes];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, AccessAdmin, ManageFeatures, RunRecipes),
        new(RoleNames.Editor, AccessAdmin),
        new(RoleNames.Author, AccessAdmin),
        new(RoleNames.Contributor, AccessAdmin),
        new(RoleNames.Staff, AccessAdmin),
    ];
}
