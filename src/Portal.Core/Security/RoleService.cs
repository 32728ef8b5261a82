using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Security;

namespace Portal.Core.Security;

/// <summary>Creates roles with their default permissions and keeps the built-in ones present.</summary>
public sealed class RoleService(RoleManager<PortalRole> roles, RolePermissions permissions, PermissionCatalog catalog)
{
    /// <summary>Finds or creates a role; a new role gets the permissions modules grant it by default.</summary>
    public async Task<PortalRole> EnsureAsync(string name, string? description = null, CancellationToken cancellationToken = default)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is not null)
            return role;

        role = new PortalRole { Name = name, Description = description ?? "" };
        var result = await roles.CreateAsync(role);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
        await permissions.SetAsync(role, catalog.DefaultsFor(name).Select(p => p.Name), cancellationToken);
        return role;
    }

    public const int MaxDescriptionLength = 256;

    /// <summary>Why <paramref name="description"/> cannot describe a role, or null when it can.</summary>
    public static string? DescriptionProblem(string? description)
        => description?.Trim().Length > MaxDescriptionLength ? $"角色说明不超过 {MaxDescriptionLength} 个字。" : null;

    /// <summary>Why <paramref name="name"/> cannot name a role (it appears in admin URLs), or null when it can.</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64)
            return "请填写角色名称（不超过 64 个字符）。";
        return name.IndexOfAny(['/', '\\', '?', '#', '%']) >= 0 ? "角色名称不能包含 / \\ ? # % 这些字符。" : null;
    }

    public async Task EnsureBuiltInAsync(CancellationToken cancellationToken = default)
    {
        foreach (var name in RoleNames.BuiltIn)
            await EnsureAsync(name, BuiltInDescription(name), cancellationToken);
    }

    private static string BuiltInDescription(string name) => name switch
    {
        RoleNames.Administrator => "系统管理员：拥有全部权限",
        RoleNames.Editor => "编辑：管理全部内容",
        RoleNames.Author => "作者：撰写并发布自己的内容",
        RoleNames.Contributor => "投稿人：撰写草稿",
        RoleNames.Staff => "所/站工作人员：管理本单位的工作",
        RoleNames.Volunteer => "志愿者",
        RoleNames.Anonymous => "所有访客（含未登录）",
        RoleNames.Authenticated => "所有已登录用户",
        _ => "",
    };
}
