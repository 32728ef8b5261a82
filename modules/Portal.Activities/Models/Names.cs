namespace Portal.Activities.Models;

/// <summary>The Chinese names of the enums, one place for admin, pages and search.</summary>
internal static class ActivityNames
{
    public static string ToChinese(this Platform platform) => platform switch
    {
        Platform.Theory => "理论宣讲平台",
        Platform.Education => "教育服务平台",
        Platform.Culture => "文化服务平台",
        Platform.Science => "科技与科普服务平台",
        _ => "健身体育平台",
    };

    public static string ToChinese(this ActivityStatus status) => status switch
    {
        ActivityStatus.Draft => "草稿",
        ActivityStatus.Recruiting => "招募中",
        ActivityStatus.Full => "已满员",
        ActivityStatus.Running => "进行中",
        ActivityStatus.Finished => "已结束",
        _ => "已取消",
    };

    public static string ToChinese(this SignUpStatus status) => status switch
    {
        SignUpStatus.Confirmed => "报名成功",
        SignUpStatus.Waitlisted => "候补",
        _ => "已取消",
    };

    public static string ToChinese(this InvitationStatus status) => status switch
    {
        InvitationStatus.Pending => "待回复",
        InvitationStatus.Accepted => "已接受",
        _ => "已谢绝",
    };
}
