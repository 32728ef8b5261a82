using Portal.Abstractions.Security;

namespace Portal.Media;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new(nameof(ManageMedia), "管理媒体库：查看、编辑、删除所有人上传的文件");
    public static readonly Permission ManageOwnMedia = new(nameof(ManageOwnMedia), "上传文件，查看、编辑、删除自己上传的文件", ManageMedia);

    public IEnumerable<Permission> GetPermissions() => [ManageMedia, ManageOwnMedia];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ManageMedia),
        new(RoleNames.Editor, ManageMedia),
        new(RoleNames.Author, ManageOwnMedia),
        new(RoleNames.Contributor, ManageOwnMedia),
    ];
}
