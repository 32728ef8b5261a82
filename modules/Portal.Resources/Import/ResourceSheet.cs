using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Portal.Resources.Import;

/// <summary>A spreadsheet read into rows: each row's number as the spreadsheet shows it and its cells by column name.</summary>
internal sealed record SheetRows(IReadOnlyList<(int Number, IReadOnlyDictionary<string, string> Cells)> Rows);

/// <summary>
/// The inventory's spreadsheet: the columns import reads and export writes (the same), and reading a file as .xlsx
/// (MiniExcel) or .csv (CsvHelper; UTF-8, or GB18030 as Excel saves CSV on a Chinese system).
/// </summary>
internal static class ResourceSheet
{
    public const string Unit = "单位代码";
    public const string UnitName = "单位名称";
    public const string Name = "资源名称";
    public const string Kind = "类别";
    public const string Platforms = "服务平台";
    public const string Ownership = "权属";
    public const string Owner = "权属单位";
    public const string ContactName = "权属方联系人";
    public const string ContactPhone = "联系电话";
    public const string Terms = "协议条款";
    public const string AgreementStarts = "协议开始日期";
    public const string AgreementEnds = "协议到期日期";
    public const string Capacity = "容纳人数";
    public const string Address = "地址";
    public const string Facilities = "设施";
    public const string Photos = "照片";
    public const string Status = "状态";
    public const string Public = "向公众开放";

    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2000;

    /// <summary>Monday first: 周一开放时间 …</summary>
    public static readonly string[] HourColumns = Models.ResourceNames.Weekdays.Select(d => d + "开放时间").ToArray();

    /// <summary>Every column, in the order export writes them.</summary>
    public static readonly string[] Columns =
    [
        Unit, UnitName, Name, Kind, Platforms, Ownership, Owner, ContactName, ContactPhone, Terms, AgreementStarts, AgreementEnds, Capacity,
        .. HourColumns, Address, Facilities, Photos, Status, Public,
    ];

    /// <summary>The columns a file must have; the others may be left out.</summary>
    public static readonly string[] Required = [Unit, Name, Kind, Platforms, Ownership];

    /// <summary>The rows of the file, or the reason it cannot be read as a spreadsheet of resources.</summary>
    public static (SheetRows? Rows, string? Problem) Read(string fileName, byte[] data)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (data.Length == 0)
            return (null, $"文件“{name}”是空的。");
        if (data.Length > MaxBytes)
            return (null, $"文件“{name}”超过 5 MB，请分成几个文件导入。");
        List<string[]> table;
        switch (extension)
        {
            case ".xlsx":
                if (data.Length < 4 || data[0] != 'P' || data[1] != 'K' || data[2] != 3 || data[3] != 4 || ReadXlsx(data) is not { } xlsx)
                    return (null, $"文件“{name}”不是有效的 Excel 表格（.xlsx），无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。");
                table = xlsx;
                break;
            case ".csv":
                if (ReadCsv(data) is not { } csv)
                    return (null, $"文件“{name}”不是 CSV 文本表格，无法读取。请用 Excel 或 WPS 另存为 CSV（逗号分隔）或 .xlsx 再导入。");
                table = csv;
                break;
            case ".xls":
                return (null, $"文件“{name}”是旧版 Excel 格式（.xls），请用 Excel 或 WPS 另存为 .xlsx 再导入。");
            default:
                return (null, $"文件“{name}”不是电子表格：只能导入 Excel（.xlsx）或 CSV（.csv）文件。");
        }

        var headerIndex = table.FindIndex(r => r.Any(c => c.Length > 0));
        if (headerIndex < 0)
            return (null, $"文件“{name}”中没有内容。");
        var header = table[headerIndex].Select(c => c.Trim()).ToArray();
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return (null, $"文件“{name}”的第 {headerIndex + 1} 行应为表头，缺少列：{string.Join("、", missing)}。请使用“导出”或“下载模板”得到的表格填写。");
        var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var cells = new Dictionary<string, string>();
            for (var c = 0; c < header.Length; c++)
            {
                if (header[c].Length > 0 && !cells.ContainsKey(header[c]))
                    cells[header[c]] = c < table[i].Length ? table[i][c].Trim() : "";
            }
            if (cells.Values.All(v => v.Length == 0))
                continue;
            rows.Add((i + 1, cells));
        }
        if (rows.Count > MaxRows)
            return (null, $"文件“{name}”有 {rows.Count} 行，一次最多导入 {MaxRows} 行，请分成几个文件。");
        return (new SheetRows(rows), null);
    }

    /// <summary>The inventory as .xlsx: one sheet, the columns of <see cref="Columns"/>.</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyDictionary<string, object>> rows, string sheetName = "资源清单")
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => r.ToDictionary(c => c.Key, c => c.Value)).ToList(), sheetName: sheetName);
        return stream.ToArray();
    }

    private static List<string[]>? ReadXlsx(byte[] data)
    {
        try
        {
            using var stream = new MemoryStream(data);
            var table = new List<string[]>();
            // Without a header row MiniExcel keys cells by column letter (A, B …) and yields empty rows too, so the
            // position of a row is its row number in the sheet.
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
                table.Add(row.Values.Select(Text).ToArray());
            return table;
        }
        // Whatever an uploaded file makes the parser throw means the same to the user: it is not a workbook we can read.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static List<string[]>? ReadCsv(byte[] data)
    {
        if (data.AsSpan(0, Math.Min(data.Length, 8192)).Contains((byte)0))
            return null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding("GB18030").GetString(data);
        }
        text = text.TrimStart('\uFEFF');
        if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            return null;
        var table = new List<string[]>();
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false, SkipEmptyLines = false });
        while (csv.Read())
            table.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray());
        return table;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime time => time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "是" : "否",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
