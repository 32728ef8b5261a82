namespace Portal.Abstractions.Display;

/// <summary>
/// Tables as .csv downloads that Excel opens as they are: UTF-8 with a byte-order mark (without it Excel on a Chinese
/// system reads the text as GBK), and cells that start like a formula (<c>= + - @</c>) escaped so a spreadsheet shows
/// them instead of running them (CSV injection).
/// </summary>
public interface ICsvFiles
{
    /// <summary>The content type to serve the file with.</summary>
    const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The header row, then the rows, as the bytes of a .csv file.</summary>
    byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows);
}
