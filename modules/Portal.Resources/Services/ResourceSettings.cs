namespace Portal.Resources.Services;

/// <summary>
/// The kinds staff choose from (site settings key <c>Resources</c>, settings page): venues (阵地/场所), which the public
/// venues page lists, and the other kinds.
/// </summary>
internal sealed record ResourceSettings
{
    public const string Key = "Resources";
    public const int MaxItems = 50;
    public const int MaxItemLength = 32;

    public IReadOnlyList<string> VenueKinds { get; init; } = ["文化礼堂", "农家书屋", "党群服务中心", "广场", "学校", "体育场馆", "图书馆"];

    public IReadOnlyList<string> OtherKinds { get; init; } = ["设备", "服务提供方", "宣讲人才库", "其他"];

    public IEnumerable<string> Kinds => VenueKinds.Concat(OtherKinds);
}
