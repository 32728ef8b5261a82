using System.Text;
using Npgsql;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// Looks for values in plain text wherever the site keeps data: on SQLite every file of its data folder (database,
/// write-ahead log, keys, indexes) in UTF-8 and UTF-16; on PostgreSQL every text column of the module's tables.
/// </summary>
public static class PlaintextScan
{
    /// <summary>
    /// The secrets found in plain text (empty when none). <paramref name="marker"/> is a value stored in the clear (a
    /// record's number) that the scan must find, so a scan that read nothing cannot pass. <paramref name="tablePrefix"/>
    /// names the module's tables on PostgreSQL (<c>Needs_</c>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(PortalFactory factory, string tablePrefix, string marker, params string[] secrets)
    {
        var found = new List<string>();
        if (PortalFactory.IsPostgreSql)
        {
            var dump = await DumpTablesAsync(factory, tablePrefix);
            Assert.Contains(marker, dump);
            found.AddRange(secrets.Where(s => dump.Contains(s, StringComparison.Ordinal)));
            return found;
        }

        var files = Directory.EnumerateFiles(factory.AppData, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "portal.db");
        var markerSeen = false;
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                bytes = memory.ToArray();
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Removed while the scan ran (the search index merges and deletes its segment files): nothing left to read.
                continue;
            }
            markerSeen |= bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)) >= 0;
            found.AddRange(secrets
                .Where(s => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(s)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(s)) >= 0)
                .Select(s => $"{s} in {file}"));
        }
        Assert.True(markerSeen, "the scan found the marker, so it read the data");
        return found;
    }

    private static async Task<string> DumpTablesAsync(PortalFactory factory, string tablePrefix)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseSettings["ConnectionStrings:Portal"]);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND starts_with(table_name, @prefix) " +
            "AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')", connection))
        {
            command.Parameters.AddWithValue("prefix", tablePrefix);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        }
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
}
