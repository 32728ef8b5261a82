using Portal.Abstractions.Navigation;

namespace Portal.Media;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
        => menu.Add(MenuGroup.Content, "媒体库", "/admin/media", 80, Permissions.ManageOwnMedia);
}
