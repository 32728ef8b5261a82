using System.Globalization;
using MiniExcelLibs;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Reports;

/// <summary>
/// The report as files: .xlsx through MiniExcel (one sheet per table, hours as numbers so Excel can sum them) and the
/// per-volunteer table as .csv through the engine's <see cref="ICsvFiles"/> (byte-order mark, formula escaping). Only masked
/// personal data goes in.
/// </summary>
internal static class HoursReportExport
{
    public static byte[] Xlsx(HoursReport report)
    {
        var sheets = new Dictionary<string, object>
        {
            ["按单位"] = report.Units.Select(r => Row(("单位", r.Unit), ("单位代码", r.Code), ("志愿者人数", r.Volunteers), ("服务时长（小时）", r.Hours)))
                .Append(Row(("单位", "合计"), ("单位代码", ""), ("志愿者人数", report.Volunteers.Count), ("服务时长（小时）", report.TotalHours))).ToList(),
            ["按服务队"] = report.Teams.Select(r => Row(("服务队", r.Team), ("所属单位", r.Unit), ("志愿者人数", r.Volunteers), ("服务时长（小时）", r.Hours))).ToList(),
            ["按月份"] = report.Months.Select(r => Row(("月份", r.Month), ("志愿者人数", r.Volunteers), ("记录条数", r.Entries), ("服务时长（小时）", r.Hours)))
                .Append(Row(("月份", "合计"), ("志愿者人数", report.Volunteers.Count), ("记录条数", report.Entries), ("服务时长（小时）", report.TotalHours))).ToList(),
            ["志愿者明细"] = report.Volunteers.Select(r => Row(("志愿者编号", r.Number), ("姓名", r.MaskedName), ("手机号", r.MaskedPhone),
                ("所属单位", r.Unit), ("服务队", r.Teams), ("服务时长（小时）", r.Hours))).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public static byte[] Csv(HoursReport report, ICsvFiles csv)
        => csv.Write(["志愿者编号", "姓名", "手机号", "所属单位", "服务队", "服务时长（小时）"],
            report.Volunteers.Select(r => (IReadOnlyList<string>)[r.Number, r.MaskedName, r.MaskedPhone, r.Unit, r.Teams, r.Hours.ToString("0.##", CultureInfo.InvariantCulture)]));

    private static Dictionary<string, object> Row(params (string Header, object Value)[] cells)
        => cells.ToDictionary(c => c.Header, c => c.Value);
}
