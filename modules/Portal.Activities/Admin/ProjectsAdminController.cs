using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;

namespace Portal.Activities.Admin;

/// <summary>Service projects (服务项目) in the admin, within the staff member's unit scope like activities.</summary>
[RequirePermission(nameof(Permissions.ManageActivities))]
[Route("admin/activities/projects")]
internal sealed class ProjectsAdminController(ProjectService projects, ActivitiesDbContext db, IUnitScope scope, IUnitDirectory units) : Controller
{
    [HttpGet("", Name = ActivityRoutes.AdminProjects)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var list = await db.Projects.AsNoTracking().Where(p => mine.All || mine.UnitIds.Contains(p.UnitId)).OrderBy(p => p.Title).ToListAsync(cancellationToken);
        var ids = list.Select(p => p.Id).ToList();
        var counts = await db.Activities.AsNoTracking().Where(a => a.ProjectId != null && ids.Contains(a.ProjectId.Value))
            .GroupBy(a => a.ProjectId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return View(list.Select(p => new ProjectRow(p, names.GetValueOrDefault(p.UnitId, ""), counts.GetValueOrDefault(p.Id))).ToList());
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
        => View("Edit", await EditPageAsync(new ProjectForm(), cancellationToken));

    [HttpPost("create")]
    public Task<IActionResult> Create(ProjectForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
        => await FindMineAsync(id, cancellationToken) is { } project
            ? View(await EditPageAsync(new ProjectForm { Id = id, UnitId = project.UnitId, Title = project.Title, Description = project.Description }, cancellationToken))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ProjectForm form, CancellationToken cancellationToken)
        => await FindMineAsync(id, cancellationToken) is { } project
            ? await SaveAsync(id, form with { UnitId = project.UnitId }, cancellationToken)
            : NotFound();

    private async Task<IActionResult> SaveAsync(int? id, ProjectForm form, CancellationToken cancellationToken)
    {
        if (id is null && form.UnitId != 0 && !await scope.CanActOnAsync(User, form.UnitId, cancellationToken))
            return Forbid();
        var result = await projects.SaveAsync(id, new ProjectInput(form.Title, form.UnitId, form.Description), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field, message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditPageAsync(form with { Id = id }, cancellationToken));
        }
        TempData["Success"] = $"已保存服务项目 “{result.Project!.Title}”。";
        return RedirectToRoute(ActivityRoutes.AdminProjects);
    }

    private async Task<Project?> FindMineAsync(int id, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(id, cancellationToken);
        return project is not null && await scope.CanActOnAsync(User, project.UnitId, cancellationToken) ? project : null;
    }

    private async Task<ProjectEditPage> EditPageAsync(ProjectForm form, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        return new ProjectEditPage(form, tree.Where(u => mine.Contains(u.Id)).ToList(), tree.FirstOrDefault(u => u.Id == form.UnitId)?.Name ?? "");
    }
}

internal sealed record ProjectForm
{
    public int? Id { get; init; }

    public int UnitId { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }
}

internal sealed record ProjectRow(Project Project, string UnitName, int ActivityCount);

internal sealed record ProjectEditPage(ProjectForm Form, IReadOnlyList<UnitInfo> Units, string UnitName);
