using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Resources.Import;
using Portal.Resources.Models;
using Portal.Testing;

namespace Portal.Resources.Tests.Import;

[Collection(SharedSite.Name)]
public sealed class ImportTests(PortalFactory site)
{
    [DatabaseSensitive("an import in one transaction, matched by unique keys")]
    [Fact]
    public async Task GoodRowsAreImported_BadRowsAreListedByRowNumberAndReason_AndTheSameFileTwiceChangesNothing()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var (hall, square) = (ResourcesTestData.Unique("礼堂"), ResourcesTestData.Unique("广场"));
        var borrowed = ResourcesTestData.Row(station.Code, ResourcesTestData.Unique("中学操场"), "学校", "健身体育", "可用");
        borrowed[ResourceSheet.Owner] = "测试中学";
        borrowed[ResourceSheet.ContactName] = "周建国";
        borrowed[ResourceSheet.ContactPhone] = ResourcesTestData.NewMobile();
        borrowed[ResourceSheet.AgreementEnds] = ResourcesTestData.Day(100);
        var unknownUnit = ResourcesTestData.Row("NO-SUCH-UNIT", ResourcesTestData.Unique("无主"));
        var unknownPlatform = ResourcesTestData.Row(station.Code, ResourcesTestData.Unique("错平台"), platforms: "广场舞");
        var badCapacity = ResourcesTestData.Row(station.Code, ResourcesTestData.Unique("负容量"));
        badCapacity[ResourceSheet.Capacity] = "-1";
        var file = ResourcesTestData.Xlsx([ResourcesTestData.Row(station.Code, hall), unknownUnit, ResourcesTestData.Row(station.Code, square, "广场", "健身体育"),
            unknownPlatform, badCapacity, borrowed]);

        var (status, page) = await staff.ImportAsync("清单.xlsx", file);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("3", "3"), (page.QuerySelector(".import-report .created")!.TextContent, page.QuerySelector(".import-report .failed")!.TextContent));
        string Reason(int row) => page.QuerySelector($"tr[data-row='{row}'] .reason")!.TextContent;
        Assert.Contains("没有单位代码为“NO-SUCH-UNIT”的单位", Reason(3));
        Assert.Contains("“广场舞”不是五大平台之一", Reason(5));
        Assert.Contains("容纳人数应为 0 或正整数", Reason(6));
        Assert.Contains("一个事务", page.QuerySelector(".import-rule")!.TextContent);
        var saved = await site.ReadAsync(db => db.Resources.AsNoTracking().Where(r => r.UnitId == station.Id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([hall, square, borrowed[ResourceSheet.Name]], saved.Select(r => r.Name));
        Assert.Equal(["Theory", "Culture"], saved[0].Platforms);
        Assert.Equal(Ownership.Available, saved[2].Ownership);

        var (_, again) = await staff.ImportAsync("清单.xlsx", file);

        Assert.Equal(("0", "0", "3"), (again.QuerySelector(".created")!.TextContent, again.QuerySelector(".updated")!.TextContent, again.QuerySelector(".unchanged")!.TextContent));
        var after = await site.ReadAsync(db => db.Resources.AsNoTracking().Where(r => r.UnitId == station.Id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(saved.Select(r => (r.Id, r.Version)), after.Select(r => (r.Id, r.Version)));
    }

    [Fact]
    public async Task TheExport_HasTheImportsColumns_AndImportedBackChangesNothing_WhileAnEditedCellUpdatesOnlyItsRow()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("礼堂")));
        var borrowedId = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("借用"), i => ResourcesTestData.Borrowed(i)));
        var before = await site.ResourceAsync(borrowedId);

        var xlsx = await (await staff.GetAsync($"/admin/resources/export?format=xlsx&unit={station.Id}")).Content.ReadAsByteArrayAsync();
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(ResourceSheet.Columns, rows[0].Keys);
        Assert.Equal(2, rows.Count);
        Assert.Equal(before.ContactPhoneMasked, rows.Single(r => (string)r[ResourceSheet.Name] == before.Name)[ResourceSheet.ContactPhone]);

        var (_, same) = await staff.ImportAsync("导出.xlsx", xlsx);
        Assert.Equal(("0", "0", "2"), (same.QuerySelector(".created")!.TextContent, same.QuerySelector(".updated")!.TextContent, same.QuerySelector(".unchanged")!.TextContent));
        Assert.Equal(before.ContactPhoneProtected, (await site.ResourceAsync(borrowedId)).ContactPhoneProtected);

        var csv = await (await staff.GetAsync($"/admin/resources/export?format=csv&unit={station.Id}")).Content.ReadAsStringAsync();
        var edited = csv.Replace("120", "95");
        var (_, changed) = await staff.ImportAsync("导出.csv", Encoding.UTF8.GetBytes(edited));
        Assert.Equal(("0", "2", "0"), (changed.QuerySelector(".created")!.TextContent, changed.QuerySelector(".updated")!.TextContent, changed.QuerySelector(".unchanged")!.TextContent));
        var after = await site.ResourceAsync(borrowedId);
        Assert.Equal((95, before.ContactPhoneProtected), (after.Capacity!.Value, after.ContactPhoneProtected));
    }

    [Fact]
    public async Task ACsvSavedByChineseExcel_InGb18030_IsRead()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var name = ResourcesTestData.Unique("农家书屋");
        var text = $"单位代码,资源名称,类别,服务平台,权属,周六开放时间\r\n{station.Code},{name},农家书屋,教育服务,自有,09:00-12:00\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var (status, page) = await staff.ImportAsync("书屋.csv", Encoding.GetEncoding("GB18030").GetBytes(text));

        Assert.Equal((HttpStatusCode.OK, "1"), (status, page.QuerySelector(".created")!.TextContent));
        var saved = await site.ReadAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Name == name));
        Assert.Equal(["Education"], saved.Platforms);
        Assert.Equal(["", "", "", "", "", "09:00-12:00", ""], saved.OpeningHours);
    }

    [Theory]
    [InlineData("照片.xlsx", "png", "不是有效的 Excel 表格")]
    [InlineData("报告.xlsx", "docx", "不是有效的 Excel 表格")]
    [InlineData("清单.pdf", "pdf", "不是电子表格")]
    [InlineData("清单.csv", "png", "不是 CSV 文本表格")]
    [InlineData("清单.xls", "ole", "旧版 Excel 格式")]
    [InlineData("清单.csv", "text", "缺少列：单位代码、资源名称、类别、服务平台、权属")]
    public async Task AFileThatIsNotAResourceSpreadsheet_GetsItsOwnMessage_AndNothingIsImported(string fileName, string kind, string message)
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var data = kind switch
        {
            "png" => TestFiles.Png(40, 30),
            "pdf" => TestFiles.Pdf(),
            "ole" => TestFiles.Ole(),
            "docx" => TestFiles.Docx(),
            _ => TestFiles.Text(),
        };

        var (status, page) = await staff.ImportAsync(fileName, data);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, page.QuerySelector(".import-problem")!.TextContent);
        Assert.Null(page.QuerySelector(".import-report"));
        Assert.False(await site.ReadAsync(db => db.Resources.AnyAsync(r => r.UnitId == station.Id)));
    }

    [Fact]
    public async Task RowsOfAnotherStation_AreRefused_ForStaffWhoDoNotManageIt()
    {
        var (_, stationA, stationB) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(stationA.Id);
        var file = ResourcesTestData.Xlsx([ResourcesTestData.Row(stationB.Code, ResourcesTestData.Unique("别人的礼堂"))]);

        var (_, page) = await staff.ImportAsync("清单.xlsx", file);

        Assert.Contains("您不能管理", page.QuerySelector("tr[data-row='2'] .reason")!.TextContent);
        Assert.False(await site.ReadAsync(db => db.Resources.AnyAsync(r => r.UnitId == stationB.Id)));
    }
}
