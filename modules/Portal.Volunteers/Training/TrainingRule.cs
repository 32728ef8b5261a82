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
        => (await CheckManyAsync([volunteerId], requiredCourseIds, onDate, cancellationToken))[volunteerId];

    public async Task<IReadOnlyDictionary<int, TrainingCheck>> CheckManyAsync(IReadOnlyCollection<int> volunteerIds, IReadOnlyCollection<int> requiredCourseIds,
        DateOnly onDate, CancellationToken cancellationToken = default)
    {
        var volunteers = volunteerIds.Distinct().ToList();
        var ids = requiredCourseIds.Distinct().ToList();
        if (ids.Count == 0 || volunteers.Count == 0)
            return volunteers.ToDictionary(v => v, _ => new TrainingCheck(true, [], []));

        var titles = await db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var records = (await db.TrainingRecords.AsNoTracking()
                .Where(r => volunteers.Contains(r.VolunteerId) && ids.Contains(r.CourseId) && r.CompletedOn <= onDate)
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.VolunteerId);
        return volunteers.ToDictionary(v => v, v => Check(records[v], ids, titles, onDate));
    }

    /// <summary>One volunteer's answer from their records: for each course still existing, the latest completion counts.</summary>
    private static TrainingCheck Check(IEnumerable<TrainingRecord> records, IReadOnlyList<int> courseIds, IReadOnlyDictionary<int, string> titles, DateOnly onDate)
    {
        var latest = records
            .GroupBy(r => r.CourseId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.CompletedOn).ThenByDescending(r => r.RecordedUtc).ThenByDescending(r => r.Id).First());

        var missing = new List<string>();
        var expired = new List<string>();
        foreach (var id in courseIds.Where(titles.ContainsKey))
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
