using Portal.Abstractions.Navigation;

namespace Portal.Search;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
    {
        menu.Add(MenuGroup.System, "检索索引", "/admin/search", 60, Permissions.ManageSearchIndexes);
        menu.Add(MenuGroup.Content, "检索同义词", "/admin/search/synonyms", 90, Permissions.EditSearchSynonyms);
    }
}
