using Microsoft.EntityFrameworkCore;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Training;

/// <summary>
/// 先培训再上岗: for each required course the volunteer's latest record completed by <c>onDate</c> counts. None, or a
/// failed one, is missing; a passed one whose expiry date has come is expired. A course that no longer exists is no
/// longer required.
/// </summary>
internal sealed class TrainingRule(VolunteersDbContext db) : ITrainingRule
{
    public async Task<TrainingCheck> CheckAsync(int volunteerId, IReadOnlyCollection<int> requiredCourseIds, DateOnly onDate, CancellationToken cancellationToken = default)
    {
        var ids = requiredCourseIds.Distinct().ToList();
        if (ids.Count == 0)
            return new TrainingCheck(true, [], []);

        var titles = await db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var records = await db.TrainingRecords.AsNoTracking()
            .Where(r => r.VolunteerId == volunteerId && ids.Contains(r.CourseId) && r.CompletedOn <= onDate)
            .ToListAsync(cancellationToken);
        var latest = records
            .GroupBy(r => r.CourseId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.CompletedOn).ThenByDescending(r => r.RecordedUtc).ThenByDescending(r => r.Id).First());

        var missing = new List<string>();
        var expired = new List<string>();
        foreach (var id in ids.Where(titles.ContainsKey))
        {
            switch (Standing(latest.GetValueOrDefault(id), onDate))
            {
                case CourseStanding.Missing:
                    missing.Add(titles[id]);
                    break;
                case CourseStanding.Expired:
                    expired.Add(titles[id]);
                    break;
            }
        }
        return new TrainingCheck(missing.Count == 0 && expired.Count == 0, missing, expired);
    }

    /// <summary>Where a volunteer stands in a course on a date, by their latest record (null for none).</summary>
    public static CourseStanding Standing(TrainingRecord? latest, DateOnly onDate) => latest switch
    {
        null or { Passed: false } => CourseStanding.Missing,
        { ExpiresOn: { } expires } when expires <= onDate => CourseStanding.Expired,
        _ => CourseStanding.Valid,
    };

    /// <summary>The day a completion stops counting: the completion date plus the course's validity, or never.</summary>
    public static DateOnly? ExpiryOf(DateOnly completedOn, int? validityMonths)
        => validityMonths is { } months ? completedOn.AddMonths(months) : null;
}

internal enum CourseStanding
{
    Valid,
    Missing,
    Expired,
}
