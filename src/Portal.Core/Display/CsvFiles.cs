using CsvHelper;
using Portal.Abstractions.Display;

namespace Portal.Core.Display;

/// <summary>CsvHelper does the quoting, the byte-order mark and the formula escaping (<see cref="CsvInjection.Escape"/>).</summary>
internal sealed class CsvFiles : ICsvFiles
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray());
            foreach (var row in rows)
                csv.WriteRecord(row.ToArray());
        }
        return stream.ToArray();
    }
}
