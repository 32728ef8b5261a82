using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Testing;

/// <summary>
/// A site set up once per test process and database, which later factories copy instead of running setup
/// again: its App_Data folder (SQLite file, keys, search index) and, on PostgreSQL, its database as a template.
/// Setup itself is the same code either way; only its repetition is saved.
/// </summary>
internal sealed class SiteTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<SiteTemplate>> Templates = new();
    private static readonly Lock CreateDatabaseLock = new();

    private readonly string _folder;
    private readonly string? _database;

    private SiteTemplate(string folder, string? database)
    {
        _folder = folder;
        _database = database;
    }

    /// <summary>The template for the current database, set up by a plain factory on first use.</summary>
    public static SiteTemplate Current => Templates.GetOrAdd(
        PortalFactory.IsPostgreSql ? "PostgreSql" : "Sqlite",
        _ => new Lazy<SiteTemplate>(Create, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Copies the set-up site into <paramref name="folder"/> and, on PostgreSQL, into a new <paramref name="database"/>.</summary>
    public void CopyTo(string folder, string? database, string serverConnectionString)
    {
        CopyFolder(_folder, folder);
        if (database is null)
            return;
        // CREATE DATABASE … TEMPLATE refuses while another session is copying the same template.
        lock (CreateDatabaseLock)
        {
            using var connection = new NpgsqlConnection(serverConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{_database}\"", connection);
            command.ExecuteNonQuery();
        }
    }

    private static SiteTemplate Create()
    {
        // Outside any synchronisation context: the factory's start-up blocks on async work.
        var factory = Task.Run(async () =>
        {
            var site = new PortalFactory { SetsUpFromScratch = true, KeepsDataOnDispose = true };
            await site.Ready();
            await site.DisposeAsync();
            return site;
        }).GetAwaiter().GetResult();

        // Closed pools: the SQLite file is complete, and PostgreSQL allows no session on a template.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        var template = new SiteTemplate(factory.AppData, factory.PostgresDatabase);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Delete(factory);
        return template;
    }

    private void Delete(PortalFactory factory)
    {
        try
        {
            if (_database is not null)
                factory.DropDatabase();
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or NpgsqlException)
        {
            // The throwaway server or temp folder goes away with the run anyway.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
