using Portal.Abstractions.Navigation;

namespace Portal.Contents;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
    {
        menu.Add(MenuGroup.Content, "全部内容", "/admin/contents", 10, Permissions.EditOwnContent);
        menu.Add(MenuGroup.Content, "回收站", "/admin/contents/bin", 85, Permissions.DeleteOwnContent);
        menu.Add(MenuGroup.Content, "操作记录", "/admin/contents/audit", 88, Permissions.ViewContentAudit);
        menu.Add(MenuGroup.Content, "内容类型", "/admin/content-types", 90, Permissions.ManageContentTypes);
    }
}
