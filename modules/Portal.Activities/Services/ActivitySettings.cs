namespace Portal.Activities.Services;

/// <summary>The lists staff keep (site settings key <c>Activities</c>, recipe <c>settings</c> step, settings page).</summary>
internal sealed record ActivitySettings
{
    public const string Key = "Activities";
    public const int MaxItems = 100;
    public const int MaxItemLength = 32;

    public IReadOnlyList<string> Categories { get; init; } = ["理论宣讲", "政策解读", "文艺演出", "便民服务", "科学普及", "健身体育", "教育服务"];

    /// <summary>Farming seasons, festivals and the 二十四节气 an activity can be timed to.</summary>
    public IReadOnlyList<string> Tags { get; init; } =
    [
        "春节", "元宵", "清明", "端午", "七夕", "中秋", "重阳", "国庆", "农忙", "春耕", "夏收", "秋收", "冬闲",
        "立春", "雨水", "惊蛰", "春分", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑",
        "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒",
    ];
}
