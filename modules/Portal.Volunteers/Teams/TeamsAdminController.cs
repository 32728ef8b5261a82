using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Teams;

/// <summary>
/// 志愿服务队 in the admin. Staff manage the teams of their unit and the units below it; a team outside that scope
/// answers 404, so staff learn nothing about it.
/// </summary>
[RequirePermission(nameof(Permissions.ManageTeams))]
[Route("admin/volunteers/teams")]
internal sealed class TeamsAdminController(TeamService teams, VolunteersDbContext db, IUnitScope scope, IUnitDirectory units) : Controller
{
    [HttpGet("", Name = TeamsRoutes.AdminTeams)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var visible = await db.Teams.AsNoTracking().Where(t => mine.All || mine.UnitIds.Contains(t.UnitId))
            .OrderBy(t => t.Level).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        var ids = visible.Select(t => t.Id).ToList();
        var counts = await db.TeamMembers.AsNoTracking().Where(m => ids.Contains(m.TeamId))
            .GroupBy(m => m.TeamId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Teams nest under their parent when the parent is listed too; otherwise they start a branch of their unit.
        var listed = ids.ToHashSet();
        var children = visible.Where(t => t.ParentId is { } p && listed.Contains(p)).ToLookup(t => t.ParentId);
        var rows = new List<TeamRow>();
        var names = tree.ToDictionary(u => u.Id, u => u.Name);
        void Add(Team team, int depth)
        {
            rows.Add(new TeamRow(team, names.GetValueOrDefault(team.UnitId, ""), depth, counts.GetValueOrDefault(team.Id)));
            foreach (var child in children[team.Id])
                Add(child, depth + 1);
        }
        foreach (var unit in tree)
        {
            foreach (var root in visible.Where(t => t.UnitId == unit.Id && !(t.ParentId is { } p && listed.Contains(p))))
                Add(root, 0);
        }
        return View(new TeamIndexPage(rows, tree.Any(u => mine.Contains(u.Id))));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? unitId, int? parentId, CancellationToken cancellationToken)
    {
        var form = new TeamForm { UnitId = unitId ?? 0, ParentId = parentId };
        if (parentId is { } p && await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == p, cancellationToken) is { } parent)
        {
            form.Level = parent.Level < TeamLevel.Squad ? parent.Level + 1 : TeamLevel.Squad;
            if (unitId is null && await scope.CanActOnAsync(User, parent.UnitId, cancellationToken))
                form.UnitId = parent.UnitId;
        }
        return View("Edit", await EditPageAsync(form, cancellationToken));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(TeamForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        if (form.UnitId != 0 && !await scope.CanActOnAsync(User, form.UnitId, cancellationToken))
            return Forbid();
        var result = await teams.CreateAsync(form.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, result.Errors, cancellationToken);
        TempData["Success"] = $"已新建服务队 “{result.Team!.Name}”。";
        return RedirectToRoute(TeamsRoutes.AdminTeams);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
        => await FindMineAsync(id, cancellationToken) is { } team
            ? View(await EditPageAsync(TeamForm.From(team), cancellationToken))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, TeamForm form, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } team)
            return NotFound();
        form.Id = id;
        form.UnitId = team.UnitId;
        var result = await teams.UpdateAsync(id, form.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, result.Errors, cancellationToken);
        TempData["Success"] = $"已保存服务队 “{result.Team!.Name}”。";
        return RedirectToRoute(TeamsRoutes.AdminTeams);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } team)
            return NotFound();
        var problem = await teams.DeleteAsync(id, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"已删除服务队 “{team.Name}”。";
        return problem is null ? RedirectToRoute(TeamsRoutes.AdminTeams) : RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/members")]
    public async Task<IActionResult> Members(int id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } team)
            return NotFound();
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == id)
            .Join(db.Volunteers, m => m.VolunteerId, v => v.Id, (m, v) => new { m.VolunteerId, v.Number, v.RealName, v.UnitId, m.IsLeader, m.JoinedUtc })
            .OrderByDescending(m => m.IsLeader).ThenBy(m => m.Number)
            .ToListAsync(cancellationToken);
        var rows = members.Select(m => new TeamMemberRow(m.VolunteerId, m.Number, PersonalDataMask.Name(m.RealName),
            names.GetValueOrDefault(m.UnitId, ""), m.IsLeader, m.JoinedUtc)).ToList();
        return View(new TeamMembersPage(team, names.GetValueOrDefault(team.UnitId, ""), rows));
    }

    [HttpPost("{id:int}/members")]
    public async Task<IActionResult> AddMember(int id, string? number, bool leader, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var problem = await teams.AddMemberAsync(id, number, leader, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"已将志愿者 {number!.Trim()} 加入服务队。";
        return RedirectToAction(nameof(Members), new { id });
    }

    [HttpPost("{id:int}/members/{volunteerId:int}/remove")]
    public async Task<IActionResult> RemoveMember(int id, int volunteerId, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var removed = await teams.RemoveMemberAsync(id, volunteerId, cancellationToken);
        TempData[removed ? "Success" : "Error"] = removed ? "已将该志愿者移出服务队。" : "该志愿者已不在服务队中。";
        return RedirectToAction(nameof(Members), new { id });
    }

    [HttpPost("{id:int}/members/{volunteerId:int}/leader")]
    public async Task<IActionResult> SetLeader(int id, int volunteerId, bool leader, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var changed = await teams.SetLeaderAsync(id, volunteerId, leader, cancellationToken);
        TempData[changed ? "Success" : "Error"] = changed ? (leader ? "已设为队长。" : "已取消队长。") : "该志愿者已不在服务队中。";
        return RedirectToAction(nameof(Members), new { id });
    }

    /// <summary>The team, or null when there is none or it belongs to a unit outside the user's scope.</summary>
    private async Task<Team?> FindMineAsync(int id, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(id, cancellationToken);
        return team is not null && await scope.CanActOnAsync(User, team.UnitId, cancellationToken) ? team : null;
    }

    private async Task<IActionResult> Invalid(TeamForm form, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in errors)
            ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditPageAsync(form, cancellationToken));
    }

    /// <summary>Units the user may create teams in; parents from those units and the units above them.</summary>
    private async Task<TeamEditPage> EditPageAsync(TeamForm form, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var byId = tree.ToDictionary(u => u.Id);
        var usable = tree.UnitsAndAbove(tree.Where(u => mine.Contains(u.Id)).Select(u => u.Id)).ToList();
        var parents = await db.Teams.AsNoTracking()
            .Where(t => t.Level != TeamLevel.Squad && t.Id != (form.Id ?? 0) && (mine.All || usable.Contains(t.UnitId)))
            .OrderBy(t => t.Level).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);
        var options = parents
            .Select(t => new TeamOption(t.Id, $"{t.Name}（{t.Level.ToChinese()}，{byId.GetValueOrDefault(t.UnitId)?.Name}）"))
            .ToList();
        return new TeamEditPage(form, tree.Where(u => mine.Contains(u.Id)).ToList(), options, byId.GetValueOrDefault(form.UnitId)?.Name ?? "");
    }
}
