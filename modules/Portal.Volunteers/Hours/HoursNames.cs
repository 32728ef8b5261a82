using Portal.Volunteers.Models;

namespace Portal.Volunteers.Hours;

internal static class HoursNames
{
    public static string ToChinese(this HoursStatus status) => status switch
    {
        HoursStatus.Pending => "待审核",
        HoursStatus.Approved => "已通过",
        _ => "未通过",
    };

    public static string ToChinese(this HoursEntryKind kind) => kind switch
    {
        HoursEntryKind.Attendance => "活动签到",
        HoursEntryKind.Claim => "补录",
        _ => "更正",
    };
}
