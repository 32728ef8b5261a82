using Portal.Abstractions.Security;

namespace Portal.Contents;

/// <summary>
/// Owner-based: an Author edits and publishes own items, a Contributor only drafts own items,
/// an Editor does everything to every item.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission EditContent = new(nameof(EditContent), "编辑所有内容");
    public static readonly Permission EditOwnContent = new(nameof(EditOwnContent), "撰写和编辑自己的内容（草稿）", EditContent);
    public static readonly Permission PublishContent = new(nameof(PublishContent), "发布和撤销所有内容");
    public static readonly Permission PublishOwnContent = new(nameof(PublishOwnContent), "发布和撤销自己的内容", PublishContent);
    public static readonly Permission DeleteContent = new(nameof(DeleteContent), "删除和恢复所有内容");
    public static readonly Permission DeleteOwnContent = new(nameof(DeleteOwnContent), "删除和恢复自己的内容", DeleteContent);
    public static readonly Permission ViewContentAudit = new(nameof(ViewContentAudit), "查看全部内容操作记录");
    public static readonly Permission ManageContentTypes = new(nameof(ManageContentTypes), "管理内容类型（部件和字段）");

    public IEnumerable<Permission> GetPermissions()
        => [EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent, ViewContentAudit, ManageContentTypes];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, EditContent, PublishContent, DeleteContent, ViewContentAudit, ManageContentTypes),
        new(RoleNames.Editor, EditContent, PublishContent, DeleteContent, ViewContentAudit),
        new(RoleNames.Author, EditOwnContent, PublishOwnContent, DeleteOwnContent),
        new(RoleNames.Contributor, EditOwnContent),
    ];
}
