using Portal.Abstractions.Security;

namespace Portal.Search;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearchIndexes = new(nameof(ManageSearchIndexes), "管理检索索引：查看状态、重建、选择分词方式");
    public static readonly Permission EditSearchSynonyms = new(nameof(EditSearchSynonyms), "编辑检索同义词（如 义工 ⇄ 志愿者）", ManageSearchIndexes);

    public IEnumerable<Permission> GetPermissions() => [ManageSearchIndexes, EditSearchSynonyms];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, ManageSearchIndexes),
        new(RoleNames.Editor, EditSearchSynonyms),
    ];
}
