using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>Roles and the permissions granted to them. Administrators hold every permission and are not edited.</summary>
[RequirePermission(nameof(Permissions.ManageRoles))]
[Route("admin/roles")]
internal sealed class RolesController(
    IAuthorizationService authorization,
    RoleManager<PortalRole> roles,
    RoleService roleService,
    RolePermissions rolePermissions,
    PermissionCatalog permissions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var grants = await rolePermissions.GetAllAsync();
        var rows = (await roles.Roles.OrderBy(r => r.Name).ToListAsync())
            .Select(r => new RoleRow(r.Name!, r.Description, RoleNames.BuiltIn.Contains(r.Name!), grants.GetValueOrDefault(r.Name!)?.Count ?? 0))
            .ToList();
        return View(rows);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(string? name, string? description)
    {
        if ((RoleService.NameProblem(name) ?? RoleService.DescriptionProblem(description)) is { } problem)
        {
            TempData["Error"] = problem;
            return RedirectToAction(nameof(Index));
        }
        var roleName = name!.Trim();
        if (await roles.RoleExistsAsync(roleName))
        {
            TempData["Error"] = $"角色 “{roleName}” 已存在。";
            return RedirectToAction(nameof(Index));
        }
        await roleService.EnsureAsync(roleName, description?.Trim());
        TempData["Success"] = $"已创建角色 “{roleName}”。";
        return RedirectToAction(nameof(Edit), new { name = roleName });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
            return NotFound();
        var granted = (await rolePermissions.GetAllAsync()).GetValueOrDefault(role.Name!) ?? [];
        return View(new RoleEditPage(role, permissions.Groups(), granted, role.Name == RoleNames.Administrator));
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, List<string>? granted)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
            return NotFound();
        if (role.Name == RoleNames.Administrator)
        {
            TempData["Error"] = "系统管理员拥有全部权限，无需设置。";
            return RedirectToAction(nameof(Edit), new { name });
        }

        var wanted = (granted ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().ToList();
        var known = permissions.ByName();
        var unknown = wanted.FirstOrDefault(p => !known.ContainsKey(p));
        if (unknown is not null)
        {
            TempData["Error"] = $"未知的权限 “{unknown}”，未作任何更改。";
            return RedirectToAction(nameof(Edit), new { name });
        }

        // Nobody hands out more than they hold themselves.
        var current = (await rolePermissions.GetAllAsync()).GetValueOrDefault(role.Name!) ?? [];
        foreach (var added in wanted.Where(p => !current.Contains(p)))
        {
            if (!await authorization.AuthorizeAsync(User, known[added]))
            {
                TempData["Error"] = $"您自己没有权限 “{known[added].Description}”，不能授予他人，未作任何更改。";
                return RedirectToAction(nameof(Edit), new { name });
            }
        }

        // Permissions of disabled features are not shown in the form: keep them as they were.
        var hidden = current.Where(p => !known.ContainsKey(p));
        await rolePermissions.SetAsync(role, wanted.Concat(hidden));
        TempData["Success"] = $"已保存角色 “{role.Name}” 的权限。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
            return NotFound();
        if (RoleNames.BuiltIn.Contains(role.Name!))
            TempData["Error"] = $"“{role.Name}” 是内置角色，不能删除。";
        else
        {
            await roles.DeleteAsync(role);
            rolePermissions.Invalidate();
            TempData["Success"] = $"已删除角色 “{role.Name}”。";
        }
        return RedirectToAction(nameof(Index));
    }
}
