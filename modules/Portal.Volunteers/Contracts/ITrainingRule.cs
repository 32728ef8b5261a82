namespace Portal.Volunteers.Contracts;

/// <summary>
/// 先培训再上岗: may a volunteer serve where these trainings are required? Activities ask before a sign-up and show
/// the answer; the answer names what is missing or expired.
/// </summary>
public interface ITrainingRule
{
    Task<TrainingCheck> CheckAsync(int volunteerId, IReadOnlyCollection<int> requiredCourseIds, DateOnly onDate, CancellationToken cancellationToken = default);

    /// <summary>The same answer for many volunteers at once (e.g. a page of candidates), by volunteer id, in two queries.</summary>
    Task<IReadOnlyDictionary<int, TrainingCheck>> CheckManyAsync(IReadOnlyCollection<int> volunteerIds, IReadOnlyCollection<int> requiredCourseIds,
        DateOnly onDate, CancellationToken cancellationToken = default);
}

/// <summary>The answer: allowed when nothing is missing or expired; the courses by title.</summary>
public sealed record TrainingCheck(bool Allowed, IReadOnlyList<string> Missing, IReadOnlyList<string> Expired)
{
    /// <summary>The answer in a sentence, e.g. 尚未完成培训：急救基础；培训已过期：防汛安全。</summary>
    public string Message => Allowed
        ? "已完成所需培训。"
        : string.Join("；", new[]
        {
            Missing.Count > 0 ? "尚未完成培训：" + string.Join("、", Missing) : null,
            Expired.Count > 0 ? "培训已过期：" + string.Join("、", Expired) : null,
        }.OfType<string>()) + "。";
}
