namespace Portal.Needs.Services;

/// <summary>
/// What staff keep (site settings key <c>Needs</c>, settings page): the categories residents choose from and how many
/// hours each step may take before the admin list marks it overdue.
/// </summary>
internal sealed record NeedSettings
{
    public const string Key = "Needs";
    public const int MaxItems = 50;
    public const int MaxItemLength = 32;
    public const int MaxHours = 24 * 90;

    public IReadOnlyList<string> Categories { get; init; } = ["理论宣讲", "政策咨询", "文化文艺", "科学普及", "卫生健康", "便民服务", "助老助残", "关爱儿童", "其他"];

    /// <summary>待审核 → reviewed.</summary>
    public int ReviewHours { get; init; } = 24;

    /// <summary>待派单 → dispatched or published.</summary>
    public int DispatchHours { get; init; } = 24;

    /// <summary>待接单 / 抢单中 → accepted.</summary>
    public int AcceptHours { get; init; } = 48;

    /// <summary>服务中 → done.</summary>
    public int ServeHours { get; init; } = 24 * 14;
}
