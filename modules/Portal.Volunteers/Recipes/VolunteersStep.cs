using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Points;
using Portal.Volunteers.Teams;
using Portal.Volunteers.Training;

namespace Portal.Volunteers.Recipes;

/// <summary>
/// <c>{ "name": "volunteers", "teams": [ { "name", "unit", "level", "parent", "field", "description" } ],
/// "courses": [ { "title", "kind", "hours", "validityMonths", "unit", "requiredForSkills", "requiredForActivityCategories" } ],
/// "rewards": [ { "name", "description", "points", "stock" } ] }</c>: creates teams (by unit code and name; a parent is
/// named and found in the team's unit or a unit above), courses (by title and unit) with their requirements, and
/// rewards (by name) through the same services and checks as the admin. One already there is left as it is, so a
/// second run creates nothing and keeps what staff changed since (e.g. a reward's stock after redemptions).
/// </summary>
internal sealed class VolunteersStep(VolunteersDbContext db, IUnitDirectory units, TeamService teams, TrainingService training, Supermarket supermarket)
    : IRecipeStepHandler
{
    /// <summary>A recipe acts as the site's administrator: county-wide courses are theirs to create.</summary>
    private static readonly ClaimsPrincipal Recipe = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "recipe"), new Claim(ClaimTypes.Name, "recipe"), new Claim(ClaimTypes.Role, RoleNames.Administrator)],
        authenticationType: "Recipe"));

    public string StepName => "volunteers";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        for (var i = 0; i < step.Teams.Count; i++)
            await TeamAsync(context, step.Teams[i], $"$.teams[{i}]", cancellationToken);
        for (var i = 0; i < step.Courses.Count; i++)
            await CourseAsync(context, step.Courses[i], $"$.courses[{i}]", cancellationToken);
        for (var i = 0; i < step.Rewards.Count; i++)
            await RewardAsync(context, step.Rewards[i], $"$.rewards[{i}]", cancellationToken);
    }

    private async Task TeamAsync(RecipeStepContext context, TeamEntry entry, string path, CancellationToken ct)
    {
        var unitId = await UnitIdAsync(context, entry.Unit, path + ".unit", ct);
        var name = entry.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.UnitId == unitId && t.Name == name, ct))
            return;
        int? parentId = null;
        if (entry.Parent?.Trim() is { Length: > 0 } parent)
        {
            var above = await units.UnitAndAboveAsync(unitId, ct);
            var found = await db.Teams.Where(t => t.Name == parent && above.Contains(t.UnitId)).Select(t => t.Id).ToListAsync(ct);
            if (found.Count != 1)
                throw context.Error(path + ".parent", found.Count == 0
                    ? $"本单位及上级单位没有名为 “{parent}” 的服务队（上级须在此前定义）。"
                    : $"本单位及上级单位有多个名为 “{parent}” 的服务队。");
            parentId = found[0];
        }
        var result = await teams.CreateAsync(new TeamInput(name, unitId, parentId, entry.Level, entry.Field, entry.Description), ct);
        if (!result.Succeeded)
            throw Fail(context, path, result.Errors);
    }

    private async Task CourseAsync(RecipeStepContext context, CourseEntry entry, string path, CancellationToken ct)
    {
        int? unitId = entry.Unit is null ? null : await UnitIdAsync(context, entry.Unit, path + ".unit", ct);
        var title = entry.Title.Trim();
        var courseId = await db.Courses.Where(c => c.Title == title && c.UnitId == unitId).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (courseId is null)
        {
            var result = await training.CreateCourseAsync(Recipe, new CourseInput(title, entry.Kind, entry.Hours, entry.ValidityMonths, unitId), ct);
            if (result.Errors.Count > 0)
                throw Fail(context, path, result.Errors);
            courseId = result.Id!.Value;
        }
        await RequirementsAsync(context, courseId.Value, RequirementTarget.Skill, entry.RequiredForSkills ?? [], path + ".requiredForSkills", ct);
        await RequirementsAsync(context, courseId.Value, RequirementTarget.ActivityCategory, entry.RequiredForActivityCategories ?? [],
            path + ".requiredForActivityCategories", ct);
    }

    private async Task RequirementsAsync(RecipeStepContext context, int courseId, RequirementTarget target, IReadOnlyList<string> names, string path,
        CancellationToken ct)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (await db.CourseRequirements.AnyAsync(r => r.CourseId == courseId && r.Target == target && r.Name == name, ct))
                continue;
            if (await training.AddRequirementAsync(courseId, target, name, ct) is { } problem)
                throw context.Error($"{path}[{i}]", problem);
        }
    }

    private async Task RewardAsync(RecipeStepContext context, RewardEntry entry, string path, CancellationToken ct)
    {
        var name = entry.Name.Trim();
        if (await db.Rewards.AnyAsync(r => r.Name == name, ct))
            return;
        var result = await supermarket.SaveRewardAsync(null, new RewardInput
        {
            Name = name,
            Description = entry.Description,
            Points = entry.Points.ToString(CultureInfo.InvariantCulture),
            Stock = entry.Stock.ToString(CultureInfo.InvariantCulture),
        }, ct);
        if (!result.Succeeded)
            throw Fail(context, path, result.Errors);
    }

    private async Task<int> UnitIdAsync(RecipeStepContext context, string code, string path, CancellationToken ct)
        => (await units.FindByCodeAsync(code.Trim(), ct))?.Id ?? throw context.Error(path, $"未知的单位代码 “{code}”（单位须在此前的 units 步骤中定义）。");

    /// <summary>The service's first problem, at the JSON path of its field.</summary>
    private static RecipeException Fail(RecipeStepContext context, string path, IReadOnlyDictionary<string, string> errors)
    {
        var (field, message) = errors.First();
        var json = field switch
        {
            "" => "",
            nameof(TeamInput.ParentId) => ".parent",
            nameof(TeamInput.UnitId) => ".unit",
            _ => "." + char.ToLowerInvariant(field[0]) + field[1..],
        };
        return context.Error(path + json, message);
    }

    private sealed record Model(string Name, IReadOnlyList<TeamEntry>? Teams = null, IReadOnlyList<CourseEntry>? Courses = null,
        IReadOnlyList<RewardEntry>? Rewards = null)
    {
        public IReadOnlyList<TeamEntry> Teams { get; init; } = Teams ?? [];

        public IReadOnlyList<CourseEntry> Courses { get; init; } = Courses ?? [];

        public IReadOnlyList<RewardEntry> Rewards { get; init; } = Rewards ?? [];
    }

    private sealed record TeamEntry(string Name, string Unit, TeamLevel Level, string? Parent = null, string? Field = null, string? Description = null);

    private sealed record CourseEntry(
        string Title,
        string Kind,
        decimal Hours,
        int? ValidityMonths = null,
        string? Unit = null,
        IReadOnlyList<string>? RequiredForSkills = null,
        IReadOnlyList<string>? RequiredForActivityCategories = null);

    private sealed record RewardEntry(string Name, int Points, int Stock, string? Description = null);
}
