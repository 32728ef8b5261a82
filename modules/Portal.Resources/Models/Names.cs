namespace Portal.Resources.Models;

/// <summary>The Chinese names of the enums, one place for admin, import, pages and search.</summary>
internal static class ResourceNames
{
    public static readonly string[] Weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    public static string ToChinese(this Ownership ownership) => ownership == Ownership.Owned ? "自有" : "可用";

    public static string ToChinese(this ResourceStatus status) => status switch
    {
        ResourceStatus.InUse => "在用",
        ResourceStatus.UnderRepair => "维修中",
        _ => "已停用",
    };

    public static string ToChinese(this BookingStatus status) => status switch
    {
        BookingStatus.Pending => "待权属方同意",
        BookingStatus.Approved => "已预约",
        BookingStatus.Refused => "权属方未同意",
        _ => "已取消",
    };

    public static Ownership? ParseOwnership(string? text) => (text ?? "").Trim() switch
    {
        "自有" or "由我所有" or nameof(Ownership.Owned) => Ownership.Owned,
        "可用" or "可以为我所用" or nameof(Ownership.Available) => Ownership.Available,
        _ => null,
    };

    public static ResourceStatus? ParseStatus(string? text) => (text ?? "").Trim() switch
    {
        "" or "在用" or nameof(ResourceStatus.InUse) => ResourceStatus.InUse,
        "维修中" or nameof(ResourceStatus.UnderRepair) => ResourceStatus.UnderRepair,
        "已停用" or "停用" or nameof(ResourceStatus.Retired) => ResourceStatus.Retired,
        _ => null,
    };
}
