using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Recipes;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;

namespace Portal.Activities.Recipes;

/// <summary>
/// <c>{ "name": "activities", "projects": [ { "unit", "title", "description", "activities": [ { "title", "category",
/// "platform", "place", "startsInDays", "from", "to", "places", "status", "tags", "description", "insuranceRequired",
/// "requiredSkills", "minAge", "maxAge" } ] } ] }</c>: creates projects and their activities through the same rules as the
/// admin. Days count from the day the recipe runs (sample activities stay upcoming on a new site); an activity whose
/// title its unit already has is left as it is, so running the step again changes nothing.
/// </summary>
internal sealed class ActivitiesStep(ActivitiesDbContext db, IUnitDirectory units, ProjectService projects, ActivityService activities, TimeProvider clock)
    : IRecipeStepHandler
{
    public string StepName => "activities";

    /// <summary>The moves from a new draft to each status a recipe may ask for.</summary>
    private static readonly Dictionary<ActivityStatus, ActivityStatus[]> Paths = new()
    {
        [ActivityStatus.Draft] = [],
        [ActivityStatus.Recruiting] = [ActivityStatus.Recruiting],
        [ActivityStatus.Running] = [ActivityStatus.Recruiting, ActivityStatus.Running],
        [ActivityStatus.Cancelled] = [ActivityStatus.Cancelled],
    };

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        var today = ChinaTime.Today(clock);
        for (var i = 0; i < step.Projects.Count; i++)
        {
            var entry = step.Projects[i];
            var path = $"$.projects[{i}]";
            var unit = await units.FindByCodeAsync(entry.Unit.Trim(), cancellationToken)
                ?? throw context.Error($"{path}.unit", $"未知的单位代码 “{entry.Unit}”。");
            var title = entry.Title.Trim();
            var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.UnitId == unit.Id && p.Title == title, cancellationToken);
            if (project is null)
            {
                var saved = await projects.SaveAsync(null, new ProjectInput(title, unit.Id, entry.Description), cancellationToken);
                if (!saved.Succeeded)
                    throw context.Error($"{path}{JsonField(saved.Errors.First().Key)}", saved.Errors.First().Value);
                project = saved.Project!;
            }

            for (var j = 0; j < entry.Activities.Count; j++)
                await AddActivityAsync(context, $"{path}.activities[{j}]", entry.Activities[j], unit, project, today, cancellationToken);
        }
    }

    private async Task AddActivityAsync(RecipeStepContext context, string path, ActivityEntry entry, UnitInfo unit, Project project, DateOnly today,
        CancellationToken cancellationToken)
    {
        var title = entry.Title.Trim();
        if (await db.Activities.AnyAsync(a => a.UnitId == unit.Id && a.Title == title, cancellationToken))
            return;
        if (!Paths.TryGetValue(entry.Status ?? ActivityStatus.Recruiting, out var moves))
            throw context.Error($"{path}.status", "配方只能把活动建为 Draft、Recruiting、Running 或 Cancelled。");

        var day = today.AddDays(entry.StartsInDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = new ActivityInput
        {
            Title = title,
            ProjectId = project.Id.ToString(CultureInfo.InvariantCulture),
            UnitId = unit.Id.ToString(CultureInfo.InvariantCulture),
            Category = entry.Category,
            Platform = entry.Platform.ToString(),
            Place = entry.Place,
            Starts = $"{day} {entry.From}",
            Ends = $"{day} {entry.To}",
            Tags = [.. entry.Tags ?? []],
            Description = entry.Description,
            InsuranceRequired = entry.InsuranceRequired,
            Places = entry.Places.ToString(CultureInfo.InvariantCulture),
            RequiredSkills = string.Join("、", entry.RequiredSkills ?? []),
            MinAge = entry.MinAge?.ToString(CultureInfo.InvariantCulture),
            MaxAge = entry.MaxAge?.ToString(CultureInfo.InvariantCulture),
        };
        var created = await activities.CreateAsync(input, cancellationToken);
        if (!created.Succeeded)
            throw context.Error($"{path}{JsonField(created.Errors.First().Key)}", created.Errors.First().Value);
        foreach (var move in moves)
        {
            if (await activities.ChangeStatusAsync(created.Activity!.Id, move, cancellationToken) is { } problem)
                throw context.Error($"{path}.status", problem);
        }
    }

    private static string JsonField(string field) => field switch
    {
        "" => "",
        nameof(ActivityInput.Starts) or nameof(ActivityInput.Ends) => ".startsInDays",
        nameof(ProjectInput.UnitId) => ".unit",
        _ => "." + char.ToLowerInvariant(field[0]) + field[1..],
    };

    private sealed record Model(string Name, IReadOnlyList<ProjectEntry> Projects);

    private sealed record ProjectEntry(string Unit, string Title, IReadOnlyList<ActivityEntry> Activities, string? Description = null);

    private sealed record ActivityEntry(
        string Title,
        string Category,
        Platform Platform,
        string Place,
        int StartsInDays,
        string From,
        string To,
        int Places,
        ActivityStatus? Status = null,
        IReadOnlyList<string>? Tags = null,
        string? Description = null,
        bool InsuranceRequired = false,
        IReadOnlyList<string>? RequiredSkills = null,
        int? MinAge = null,
        int? MaxAge = null);
}
