using System.IO.Compression;
using System.Net;
using System.Text;
using MiniExcelLibs;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Tests.Certificates;

namespace Portal.Volunteers.Tests.Reports;

[DatabaseSensitive("aggregates over dates and hours, translated by each provider")]
[Collection(SharedSite.Name)]
public sealed class HoursReportTests(PortalFactory factory)
{
    private const string Period = "from=2025-03-01&to=2025-05-31";

    /// <summary>An institute with two stations and their volunteers' ledgers, a volunteer of another institute, and staff of both institutes.</summary>
    private async Task<Scenario> ScenarioAsync()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var institute = await factory.CreateUnitAsync(admin, UnitKind.Institute);
        var a = await factory.CreateUnitAsync(admin, UnitKind.Station, institute.Code);
        var b = await factory.CreateUnitAsync(admin, UnitKind.Station, institute.Code);
        var elsewhere = await factory.CreateUnitAsync(admin, UnitKind.Institute);

        var v1 = await factory.CreateVolunteerAsync(a, "赵一鸣");
        var v2 = await factory.CreateVolunteerAsync(b, "钱二丽");
        var outsider = await factory.CreateVolunteerAsync(elsewhere, "孙三强");
        var first = await factory.AddHoursAsync(v1, 3m, new DateOnly(2025, 3, 10));
        await factory.AddHoursAsync(v1, 2.5m, new DateOnly(2025, 4, 2));
        await factory.AddHoursAsync(v1, -1m, new DateOnly(2025, 4, 3), kind: HoursEntryKind.Reversal, reason: "更正", reverses: first);
        await factory.AddHoursAsync(v1, 4m, new DateOnly(2025, 4, 5), status: HoursStatus.Pending);
        await factory.AddHoursAsync(v1, 6m, new DateOnly(2025, 4, 6), status: HoursStatus.Declined, reason: "无佐证");
        await factory.AddHoursAsync(v1, 7m, new DateOnly(2025, 6, 1));
        await factory.AddHoursAsync(v2, 5m, new DateOnly(2025, 3, 15));
        await factory.AddHoursAsync(outsider, 9m, new DateOnly(2025, 3, 20));
        await factory.AddTeamAsync(a, "红马甲分队" + a.Code, v1);

        return new Scenario(institute, a, b, v1, v2, outsider,
            await factory.CreateStaffAsync(institute.Id), await factory.CreateStaffAsync(elsewhere.Id));
    }

    private sealed record Scenario(UnitInfo Institute, UnitInfo A, UnitInfo B, TestVolunteer V1, TestVolunteer V2, TestVolunteer Outsider,
        PortalClient Staff, PortalClient OtherStaff);

    /// <summary>The ledger itself: approved entries of the period of these volunteers, summed.</summary>
    private Task<decimal> LedgerSumAsync(params TestVolunteer[] volunteers) => factory.WithScopeAsync(sp =>
    {
        var ids = volunteers.Select(v => v.Id).ToList();
        return Task.FromResult(sp.GetRequiredService<VolunteersDbContext>().HoursEntries
            .Where(e => ids.Contains(e.VolunteerId) && e.Status == HoursStatus.Approved
                        && e.ServiceDate >= new DateOnly(2025, 3, 1) && e.ServiceDate <= new DateOnly(2025, 5, 31))
            .AsEnumerable().Sum(e => e.Hours));
    });

    private static decimal Hours(AngleSharp.Dom.IElement row) => decimal.Parse(row.QuerySelector("td[data-hours]")!.GetAttribute("data-hours")!);

    [Fact]
    public async Task Report_ByUnitTeamMonthAndVolunteer_AddsUpToTheLedger()
    {
        var s = await ScenarioAsync();

        var page = await s.Staff.GetPageAsync($"/admin/volunteers/reports?{Period}");

        var ledger = await LedgerSumAsync(s.V1, s.V2);
        Assert.Equal(9.5m, ledger);
        Assert.Equal(ledger, decimal.Parse(page.QuerySelector("#report-total")!.TextContent));
        var units = page.QuerySelectorAll("table.report-units tbody tr");
        Assert.Equal(ledger, units.Sum(Hours));
        Assert.Equal(4.5m, Hours(units.Single(r => r.TextContent.Contains(s.A.Name))));
        Assert.Equal(5m, Hours(units.Single(r => r.TextContent.Contains(s.B.Name))));
        var months = page.QuerySelectorAll("table.report-months tbody tr");
        Assert.Equal(["2025-03", "2025-04"], months.Select(r => r.QuerySelector("td")!.TextContent).ToArray());
        Assert.Equal([8m, 1.5m], months.Select(Hours).ToArray());
        var volunteers = page.QuerySelectorAll("table.report-volunteers tbody tr");
        Assert.Equal(ledger, volunteers.Sum(Hours));
        var teams = page.QuerySelectorAll("table.report-teams tbody tr");
        Assert.Equal(4.5m, Hours(teams.Single(r => r.TextContent.Contains("红马甲分队"))));
        Assert.Equal(5m, Hours(teams.Single(r => r.TextContent.Contains("未加入服务队"))));
        Assert.DoesNotContain(s.Outsider.Number, page.Body!.TextContent);
    }

    [Fact]
    public async Task StaffOfAnotherInstitute_SeeOnlyTheirOwnVolunteersHours()
    {
        var s = await ScenarioAsync();

        var page = await s.OtherStaff.GetPageAsync($"/admin/volunteers/reports?{Period}");

        Assert.Equal(9m, decimal.Parse(page.QuerySelector("#report-total")!.TextContent));
        Assert.Contains(s.Outsider.Number, page.QuerySelector("table.report-volunteers")!.TextContent);
        Assert.DoesNotContain(s.V1.Number, page.Body!.TextContent);
        Assert.DoesNotContain(s.A.Name, page.Body!.TextContent);
    }

    [Fact]
    public async Task XlsxExport_HoldsTheSameNumbers_WithOnlyMaskedPersonalData()
    {
        var s = await ScenarioAsync();

        var response = await s.Staff.GetAsync($"/admin/volunteers/reports/export.xlsx?{Period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["按单位", "按服务队", "按月份", "志愿者明细"], stream.GetSheetNames().ToArray());
        var rows = stream.Query(useHeaderRow: true, sheetName: "志愿者明细").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        var v1 = rows.Single(r => (string)r["志愿者编号"] == s.V1.Number);
        Assert.Equal(PersonalDataMask.Name(s.V1.RealName), v1["姓名"]);
        Assert.Equal(PersonalDataMask.Phone(s.V1.Mobile), v1["手机号"]);
        Assert.Equal(s.A.Name, v1["所属单位"]);
        Assert.Equal(await LedgerSumAsync(s.V1, s.V2), rows.Sum(r => Convert.ToDecimal(r["服务时长（小时）"])));
        var units = stream.Query(useHeaderRow: true, sheetName: "按单位").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(9.5m, Convert.ToDecimal(units.Single(r => (string)r["单位"] == "合计")["服务时长（小时）"]));

        var text = XlsxText(bytes);
        foreach (var v in new[] { s.V1, s.V2, s.Outsider })
        {
            Assert.DoesNotContain(v.IdNumber, text);
            Assert.DoesNotContain(v.Mobile, text);
            Assert.DoesNotContain(v.RealName, text);
        }
        Assert.Contains(PersonalDataMask.Phone(s.V2.Mobile), text);
    }

    [Fact]
    public async Task CsvExport_IsUtf8WithBom_WithOnlyMaskedPersonalData()
    {
        var s = await ScenarioAsync();

        var response = await s.Staff.GetAsync($"/admin/volunteers/reports/export.csv?{Period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("志愿者编号,姓名,手机号,所属单位,服务队,服务时长（小时）", lines[0]);
        Assert.Contains($"{s.V2.Number},{PersonalDataMask.Name(s.V2.RealName)},{PersonalDataMask.Phone(s.V2.Mobile)},{s.B.Name},,5", lines);
        Assert.Equal(await LedgerSumAsync(s.V1, s.V2), lines.Skip(1).Sum(l => decimal.Parse(l.Split(',')[^1])));
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var v in new[] { s.V1, s.V2, s.Outsider })
        {
            Assert.DoesNotContain(v.IdNumber, text);
            Assert.DoesNotContain(v.Mobile, text);
            Assert.DoesNotContain(v.RealName, text);
        }
    }

    [Fact]
    public async Task Report_OfAnImpossibleDate_SaysWhich_AndVolunteersCannotOpenIt()
    {
        var s = await ScenarioAsync();
        var (_, volunteer) = await factory.CreateVolunteerWithAccountAsync(s.A);

        var bad = await s.Staff.GetAsync("/admin/volunteers/reports?from=2025-13-01&to=2025-05-31");
        var reversed = await s.Staff.GetAsync("/admin/volunteers/reports?from=2025-06-01&to=2025-05-31");
        var refused = await volunteer.GetAsync("/admin/volunteers/reports");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("起始日期 “2025-13-01” 不是有效日期", (await PortalClient.ParseAsync(bad)).Errors());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("起始日期不能晚于截止日期", (await PortalClient.ParseAsync(reversed)).Errors());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>Every XML part of the workbook as text, so nothing hides in a sheet a test did not query.</summary>
    private static string XlsxText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
