using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Matching;

/// <summary>One reason in a candidate's score: the words staff read and the points it gave (negative: it counts against).</summary>
internal sealed record MatchReason(string Text, int Points);

/// <summary>An approved volunteer ranked for an activity: the total and each reason in words.</summary>
internal sealed record MatchCandidate(VolunteerInfo Volunteer, string UnitName, int Score, IReadOnlyList<MatchReason> Reasons)
{
    public string Explanation => string.Join("；", Reasons.Select(r => r.Text));
}

/// <summary>
/// 精准对接: approved volunteers not yet signed up, ranked by fit for an activity. The weights say what matters most
/// (the activity's own requirements, then being close by and free, then reliability); a volunteer busy elsewhere at
/// that time sinks to the bottom rather than disappearing, so staff see why.
/// </summary>
internal sealed class VolunteerMatcher(
    ActivitiesDbContext db,
    IVolunteerDirectory volunteers,
    ITrainingRule trainingRule,
    IUnitDirectory units,
    TimeProvider clock)
{
    public const int Skills = 30;
    public const int Training = 25;
    public const int SameUnit = 20;
    public const int NearbyUnit = 10;
    public const int Available = 15;
    public const int Reliable = 10;
    public const int Busy = -100;

    /// <summary>How many past activities reliability looks at.</summary>
    public const int RecentActivities = 6;

    /// <summary>How many approved volunteers are considered (the county's pool; the rest are beyond a page anyone reads).</summary>
    private const int Pool = 2000;

    private static readonly string[] Weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    private static readonly string[] DayParts = ["上午", "下午", "晚上"];

    public async Task<IReadOnlyList<MatchCandidate>> RankAsync(Activity activity, int take, CancellationToken cancellationToken = default)
    {
        var signedUp = await db.SignUps.AsNoTracking().Where(s => s.ActivityId == activity.Id && s.Status != SignUpStatus.Cancelled)
            .Select(s => s.VolunteerId).ToListAsync(cancellationToken);
        var pool = (await volunteers.ListApprovedAsync(Pool, cancellationToken)).Where(v => !signedUp.Contains(v.Id)).ToList();
        var ids = pool.Select(v => v.Id).ToList();

        // Confirmed elsewhere at an overlapping time: the other activity's title, by volunteer.
        var busy = (await db.SignUps.AsNoTracking()
                .Where(s => ids.Contains(s.VolunteerId) && s.Status == SignUpStatus.Confirmed && s.ActivityId != activity.Id)
                .Join(db.Activities.Where(a => a.Status != ActivityStatus.Cancelled && a.StartsUtc < activity.EndsUtc && a.EndsUtc > activity.StartsUtc),
                    s => s.ActivityId, a => a.Id, (s, a) => new { s.VolunteerId, a.Title })
                .ToListAsync(cancellationToken))
            .GroupBy(b => b.VolunteerId).ToDictionary(g => g.Key, g => g.First().Title);

        // Past confirmed sign-ups, newest first, with whether the volunteer came (a no-show mark) for the last few.
        var now = clock.GetUtcNow().UtcDateTime;
        var history = (await db.SignUps.AsNoTracking()
                .Where(s => ids.Contains(s.VolunteerId) && s.Status == SignUpStatus.Confirmed)
                .Join(db.Activities.Where(a => a.EndsUtc < now && a.Status != ActivityStatus.Cancelled), s => s.ActivityId, a => a.Id,
                    (s, a) => new { s.VolunteerId, a.EndsUtc, s.NoShow })
                .ToListAsync(cancellationToken))
            .GroupBy(h => h.VolunteerId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.EndsUtc).Take(RecentActivities).Select(h => h.NoShow).ToList());

        var tree = await units.GetTreeAsync(cancellationToken);
        var unitById = tree.ToDictionary(u => u.Id);
        var parentOf = unitById.GetValueOrDefault(activity.UnitId)?.ParentId;
        var start = ChinaTime.FromUtc(activity.StartsUtc).DateTime;
        var day = DateOnly.FromDateTime(start);
        var weekday = ((int)start.DayOfWeek + 6) % 7;
        var part = start.Hour < 12 ? 0 : start.Hour < 18 ? 1 : 2;

        var training = await trainingRule.CheckManyAsync(ids, activity.RequiredCourseIds, day, cancellationToken);

        var ranked = new List<MatchCandidate>();
        foreach (var volunteer in pool)
        {
            var reasons = new List<MatchReason>();
            if (activity.RequiredSkills.Count > 0)
            {
                var matched = activity.RequiredSkills.Where(volunteer.Skills.Contains).ToList();
                var missing = activity.RequiredSkills.Except(matched).ToList();
                reasons.Add(new MatchReason(
                    (matched.Count > 0 ? "技能匹配：" + string.Join("、", matched) : "技能不匹配")
                    + (missing.Count > 0 && matched.Count > 0 ? "（缺" + string.Join("、", missing) + "）" : missing.Count > 0 ? "：缺" + string.Join("、", missing) : ""),
                    Skills * matched.Count / activity.RequiredSkills.Count));
            }
            if (activity.RequiredCourseIds.Count > 0)
            {
                var check = training[volunteer.Id];
                reasons.Add(check.Allowed ? new MatchReason("培训有效", Training) : new MatchReason(check.Message.TrimEnd('。'), 0));
            }
            var unit = unitById.GetValueOrDefault(volunteer.UnitId);
            reasons.Add(volunteer.UnitId == activity.UnitId
                ? new MatchReason("同一单位", SameUnit)
                : parentOf is not null && unit?.ParentId == parentOf
                    ? new MatchReason($"邻近单位（{unit.Name}）", NearbyUnit)
                    : new MatchReason($"其他单位（{unit?.Name ?? "未知"}）", 0));
            var free = (volunteer.Availability & (1 << (weekday * 3 + part))) != 0;
            reasons.Add(new MatchReason($"{Weekdays[weekday]}{DayParts[part]}{(free ? "有空" : "未登记有空")}", free ? Available : 0));
            if (busy.TryGetValue(volunteer.Id, out var other))
                reasons.Add(new MatchReason($"同一时间已报名“{other}”", Busy));
            if (history.TryGetValue(volunteer.Id, out var past))
            {
                var absent = past.Count(noShow => noShow);
                reasons.Add(new MatchReason($"近 {past.Count} 次活动缺席 {absent} 次", Reliable * (past.Count - absent) / past.Count));
            }
            else
            {
                reasons.Add(new MatchReason("尚无活动记录", Reliable / 2));
            }
            ranked.Add(new MatchCandidate(volunteer, unit?.Name ?? "", reasons.Sum(r => r.Points), reasons));
        }
        return ranked.OrderByDescending(c => c.Score).ThenBy(c => c.Volunteer.Number, StringComparer.Ordinal).Take(take).ToList();
    }
}
