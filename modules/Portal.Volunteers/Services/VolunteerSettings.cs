namespace Portal.Volunteers.Services;

/// <summary>The rules staff may tune (site settings key <c>Volunteers</c>, recipe <c>settings</c> step, settings page).</summary>
internal sealed record VolunteerSettings
{
    public const string Key = "Volunteers";

    /// <summary>The skills a volunteer can declare; courses can be required for one.</summary>
    public IReadOnlyList<string> Skills { get; init; } =
        ["理论宣讲", "政策解读", "文艺表演", "应急救护", "心理疏导", "医疗卫生", "法律咨询", "科普讲解", "体育指导", "助老助残", "关爱儿童", "环境保护", "摄影摄像", "信息技术"];

    /// <summary>Approved hours for 1 to 5 stars.</summary>
    public IReadOnlyList<decimal> StarThresholds { get; init; } = [100, 300, 600, 1000, 1500];

    /// <summary>Points earned per approved hour.</summary>
    public decimal PointsPerHour { get; init; } = 10;

    /// <summary>A claim (补录) may not exceed this many hours for one day.</summary>
    public decimal MaxHoursPerDay { get; init; } = 12;
}
