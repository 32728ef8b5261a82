using System.Security.Claims;
using Portal.Abstractions.Security;

namespace Portal.Abstractions.Navigation;

/// <summary>A module's contribution to the admin menu.</summary>
public interface IAdminMenuProvider
{
    void BuildMenu(AdminMenuBuilder menu);
}

/// <summary>The admin menu for the current user: only enabled features, only permitted items.</summary>
public interface IAdminMenu
{
    Task<IReadOnlyList<MenuItem>> BuildAsync(ClaimsPrincipal user);
}

/// <summary>One entry of the admin menu; a group when it has children and no URL.</summary>
public sealed record MenuItem(string Text, string? Url, int Position, IReadOnlyList<MenuItem> Children);

/// <summary>Collects menu entries; groups with the same text merge across modules.</summary>
public sealed class AdminMenuBuilder
{
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>Adds a link under the group <paramref name="group"/>, shown to users with <paramref name="permission"/>.</summary>
    public AdminMenuBuilder Add(string group, int groupPosition, string text, string url, int position, Permission? permission)
    {
        _entries.Add(new Entry(group, groupPosition, text, url, position, permission));
        return this;
    }

    public sealed record Entry(string Group, int GroupPosition, string Text, string Url, int Position, Permission? Permission);
}
