using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Organization.Services;
using Portal.Organization.ViewModels;

namespace Portal.Organization.Controllers;

/// <summary>The unit tree in the admin. Staff manage their own unit and the units below it.</summary>
[Authorize]
[Route("admin/units")]
internal sealed class UnitsController(
    IAuthorizationService authorization,
    IUnitScope scope,
    IUnitDirectory directory,
    UnitService units,
    StaffService staff) : Controller
{
    [HttpGet("", Name = OrganizationRoutes.AdminUnits)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var manageAll = await authorization.AuthorizeAsync(User, Permissions.ManageUnits);
        if (!manageAll && !await authorization.AuthorizeAsync(User, Permissions.EditOwnUnits))
            return Forbid();

        var mine = manageAll ? UnitScopeSet.Everywhere : await scope.GetScopeAsync(User, cancellationToken);
        var tree = await directory.GetTreeAsync(cancellationToken);
        var depth = new Dictionary<int, int>();
        var nodes = new List<UnitTreeNode>();
        foreach (var unit in tree)
        {
            depth[unit.Id] = unit.ParentId is { } p ? depth[p] + 1 : 0;
            if (mine.Contains(unit.Id))
                nodes.Add(new UnitTreeNode(unit, depth[unit.Id]));
        }
        return View(new UnitIndexPage(nodes, manageAll && !tree.Any(u => u.Kind == UnitKind.Center), manageAll));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? parentId, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(parentId, cancellationToken))
            return Forbid();
        var parent = parentId is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        var kind = parent is null ? UnitKind.Center : (UnitKind)Math.Min((int)parent.Kind + 1, (int)UnitKind.Point);
        return View("Edit", await EditPageAsync(new UnitForm { ParentId = parentId, Kind = kind }, cancellationToken));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(UnitForm form, CancellationToken cancellationToken)
    {
        var parentId = form.Kind == UnitKind.Center ? null : form.ParentId;
        if (!await MayManageAsync(parentId, cancellationToken))
            return Forbid();

        var result = await units.CreateAsync(form.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, result, cancellationToken);
        TempData["Success"] = $"已新建 “{result.Unit!.Name}”。";
        return RedirectToRoute(OrganizationRoutes.AdminUnits);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        // Scope first: staff learn nothing about units outside it, not even whether they exist.
        if (!await MayManageAsync(id, cancellationToken))
            return Forbid();
        var unit = await units.FindAsync(id, cancellationToken);
        if (unit is null)
            return NotFound();
        var form = new UnitForm
        {
            Id = unit.Id, Code = unit.Code, Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId,
            Address = unit.Address, ContactName = unit.ContactName, ContactPhone = unit.ContactPhone,
            SortOrder = unit.SortOrder, Version = unit.Version,
        };
        return View(await EditPageAsync(form, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, UnitForm form, CancellationToken cancellationToken)
    {
        var unit = await directory.FindAsync(id, cancellationToken);
        if (unit is null)
            return NotFound();
        var newParent = form.Kind == UnitKind.Center ? null : form.ParentId;
        if (!await MayManageAsync(id, cancellationToken) || (newParent != unit.ParentId && !await MayManageAsync(newParent, cancellationToken)))
            return Forbid();

        form.Id = id;
        form.Code = unit.Code;
        var result = await units.UpdateAsync(id, form.Version, form.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, result, cancellationToken);
        TempData["Success"] = $"已保存 “{result.Unit!.Name}”。";
        return RedirectToRoute(OrganizationRoutes.AdminUnits);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var unit = await directory.FindAsync(id, cancellationToken);
        if (unit is null)
            return NotFound();
        if (!await MayManageAsync(unit.ParentId, cancellationToken))
            return Forbid();

        var problem = await units.DeleteAsync(id, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"已删除 “{unit.Name}”。";
        return RedirectToRoute(OrganizationRoutes.AdminUnits);
    }

    [HttpGet("{id:int}/staff")]
    public async Task<IActionResult> Staff(int id, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUnits))
            return Forbid();
        var unit = await directory.FindAsync(id, cancellationToken);
        return unit is null ? NotFound() : View(new StaffPage(unit, await staff.ListAsync(id, cancellationToken)));
    }

    [HttpPost("{id:int}/staff")]
    public async Task<IActionResult> AssignStaff(int id, string? userName, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUnits))
            return Forbid();
        var unit = await directory.FindAsync(id, cancellationToken);
        if (unit is null)
            return NotFound();
        var problem = await staff.AssignAsync(id, userName, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"已将 “{userName!.Trim()}” 分配到 “{unit.Name}”。";
        return RedirectToAction(nameof(Staff), new { id });
    }

    [HttpPost("{id:int}/staff/{assignmentId:int}/remove")]
    public async Task<IActionResult> RemoveStaff(int id, int assignmentId, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageUnits))
            return Forbid();
        await staff.RemoveAsync(id, assignmentId, cancellationToken);
        TempData["Success"] = "已取消分配。";
        return RedirectToAction(nameof(Staff), new { id });
    }

    /// <summary>Managers of all units may act anywhere; staff only within their scope, never at the root.</summary>
    private async Task<bool> MayManageAsync(int? unitId, CancellationToken cancellationToken)
    {
        if (await authorization.AuthorizeAsync(User, Permissions.ManageUnits))
            return true;
        return unitId is { } id
               && await authorization.AuthorizeAsync(User, Permissions.EditOwnUnits)
               && await scope.CanActOnAsync(User, id, cancellationToken);
    }

    private async Task<IActionResult> Invalid(UnitForm form, UnitResult result, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in result.Errors)
            ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditPageAsync(form, cancellationToken));
    }

    private async Task<UnitEditPage> EditPageAsync(UnitForm form, CancellationToken cancellationToken)
    {
        var mine = await authorization.AuthorizeAsync(User, Permissions.ManageUnits)
            ? UnitScopeSet.Everywhere
            : await scope.GetScopeAsync(User, cancellationToken);
        var parents = (await directory.GetTreeAsync(cancellationToken))
            .Where(u => u.Kind < UnitKind.Point && u.Id != form.Id && (mine.Contains(u.Id) || u.Id == form.ParentId))
            .ToList();
        return new UnitEditPage(form, parents);
    }
}
