using Microsoft.EntityFrameworkCore;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Training;

/// <summary>
/// The courses required before serving with a skill or in an activity category (理论宣讲, 便民服务, 应急救护 ...), to pass
/// to <see cref="Contracts.ITrainingRule"/>. Names are compared after trimming, exactly as staff entered them.
/// </summary>
internal sealed class TrainingRequirements(VolunteersDbContext db)
{
    public Task<IReadOnlyList<int>> ForSkillsAsync(IEnumerable<string> skills, CancellationToken cancellationToken = default)
        => ForAsync(RequirementTarget.Skill, skills, cancellationToken);

    public Task<IReadOnlyList<int>> ForActivityCategoriesAsync(IEnumerable<string> categories, CancellationToken cancellationToken = default)
        => ForAsync(RequirementTarget.ActivityCategory, categories, cancellationToken);

    private async Task<IReadOnlyList<int>> ForAsync(RequirementTarget target, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        return await db.CourseRequirements.AsNoTracking()
            .Where(r => r.Target == target && wanted.Contains(r.Name))
            .Select(r => r.CourseId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
    }
}
