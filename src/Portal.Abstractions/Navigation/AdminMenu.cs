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

/// <summary>A heading of the admin menu; modules that share one use the same instance.</summary>
public sealed record MenuGroup(string Text, int Position)
{
    public static MenuGroup Home { get; } = new("后台首页", 0);

    /// <summary>What the site publishes: contents, briefings, explainers, media.</summary>
    public static MenuGroup Content { get; } = new("内容", 10);

    /// <summary>Units and the people who work in them.</summary>
    public static MenuGroup Organization { get; } = new("组织架构", 20);

    /// <summary>Users, roles, features, recipes: the site itself.</summary>
    public static MenuGroup System { get; } = new("系统", 90);
}

/// <summary>Collects menu entries; entries of the same group merge across modules.</summary>
public sealed class AdminMenuBuilder
{
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>Adds a link under <paramref name="group"/>, shown to users with <paramref name="permission"/>.</summary>
    public AdminMenuBuilder Add(MenuGroup group, string text, string url, int position, Permission? permission)
    {
        _entries.Add(new Entry(group, text, url, position, permission));
        return this;
    }

    public sealed record Entry(MenuGroup Group, string Text, string Url, int Position, Permission? Permission);
}
