using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Organization.Contracts;

namespace Portal.Activities.Services;

/// <summary>A project as a form gives it; the unit is chosen on creation only.</summary>
internal sealed record ProjectInput(string? Title, int UnitId, string? Description);

internal sealed record ProjectResult(Project? Project, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Service projects (服务项目) of a unit; a title is used once per unit. Callers check the unit scope first.</summary>
internal sealed class ProjectService(ActivitiesDbContext db, IUnitOfWork unitOfWork, IUnitDirectory units, TimeProvider clock)
{
    private const string Lock = "activities:projects";

    public Task<Project?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Creates a project, or updates project <paramref name="id"/> (its unit stays).</summary>
    public Task<ProjectResult> SaveAsync(int? id, ProjectInput input, CancellationToken cancellationToken = default)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            // Titles are checked and written one save at a time; the unique index is the last guard.
            await unitOfWork.LockAsync(Lock, ct);
            var project = id is null ? new Project { UnitId = input.UnitId, CreatedUtc = clock.GetUtcNow().UtcDateTime }
                : await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (project is null)
                return new ProjectResult(null, new Dictionary<string, string> { [""] = "服务项目不存在。" });

            var errors = new Dictionary<string, string>();
            var title = (input.Title ?? "").Trim();
            var description = (input.Description ?? "").Trim();
            if (title.Length == 0 || title.Length > 100)
                errors[nameof(ProjectInput.Title)] = "请填写项目名称（不超过 100 个字）。";
            else if (await db.Projects.AnyAsync(p => p.UnitId == project.UnitId && p.Title == title && p.Id != project.Id, ct))
                errors[nameof(ProjectInput.Title)] = $"本单位已有名为 “{title}” 的服务项目。";
            if (description.Length > 2000)
                errors[nameof(ProjectInput.Description)] = "项目简介不超过 2000 个字。";
            if (id is null && await units.FindAsync(input.UnitId, ct) is null)
                errors[nameof(ProjectInput.UnitId)] = "请选择项目所属的单位。";
            if (errors.Count > 0)
                return new ProjectResult(null, errors);

            project.Title = title;
            project.Description = description;
            if (id is null)
                db.Projects.Add(project);
            await db.SaveChangesAsync(ct);
            return new ProjectResult(project, errors);
        }, cancellationToken);
}
