namespace Portal.Needs.Models;

/// <summary>The Chinese names of the enums, one place for admin and public pages.</summary>
internal static class NeedNames
{
    public static string ToChinese(this NeedStatus status) => status switch
    {
        NeedStatus.Submitted => "待审核",
        NeedStatus.Rejected => "未受理",
        NeedStatus.Approved => "待派单",
        NeedStatus.Published => "抢单中",
        NeedStatus.Dispatched => "待接单",
        NeedStatus.Accepted => "服务中",
        _ => "已完成",
    };

    public static string ToChinese(this ServiceKind kind) => kind == ServiceKind.Activity ? "组织志愿服务活动" : "直接上门服务";
}
