using System.Text;
using Npgsql;
using Portal.Testing;

namespace Portal.Volunteers.Tests;

/// <summary>
/// Looks for values in plain text wherever the site keeps data: on SQLite every file of its data folder (database,
/// write-ahead log, keys, indexes) in UTF-8 and UTF-16; on PostgreSQL every text column of every Volunteers_ table.
/// </summary>
internal static class PlaintextScan
{
    /// <summary>
    /// The secrets found in plain text (empty when none). <paramref name="marker"/> is a value stored in the clear
    /// (a volunteer number) that the scan must find, so a scan that read nothing cannot pass.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(PortalFactory factory, string marker, params string[] secrets)
    {
        var found = new List<string>();
        if (PortalFactory.IsPostgreSql)
        {
            var dump = await DumpVolunteerTablesAsync(factory);
            Assert.Contains(marker, dump);
            found.AddRange(secrets.Where(s => dump.Contains(s, StringComparison.Ordinal)));
            return found;
        }

        var files = Directory.EnumerateFiles(factory.AppData, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "portal.db");
        var markerSeen = false;
        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            markerSeen |= Contains(bytes, Encoding.UTF8.GetBytes(marker));
            found.AddRange(secrets
                .Where(s => Contains(bytes, Encoding.UTF8.GetBytes(s)) || Contains(bytes, Encoding.Unicode.GetBytes(s)))
                .Select(s => $"{s} in {file}"));
        }

        Assert.True(markerSeen, "the scan found the marker, so it read the data");
        return found;
    }

    private static async Task<string> DumpVolunteerTablesAsync(PortalFactory factory)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseSettings["ConnectionStrings:Portal"]);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'Volunteers\\_%' " +
            "AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')", connection))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        Assert.NotEmpty(columns);

        var dump = new StringBuilder();
        foreach (var (table, column) in columns)
        {
            await using var command = new NpgsqlCommand($"SELECT \"{column}\"::text FROM \"{table}\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                dump.AppendLine(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }
        return dump.ToString();
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
