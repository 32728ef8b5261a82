using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Testing;

/// <summary>
/// A site set up once, which factories copy instead of running setup again: its App_Data folder (SQLite file, keys,
/// search index) and, on PostgreSQL, its database as a template. Setup itself is the same code either way; only its
/// repetition is saved.
/// </summary>
/// <remarks>
/// With <c>PORTAL_TEST_TEMPLATES</c> set to a folder (./test.sh makes one per run), the template is set up once for
/// every test process of the run: the first process to need it sets it up under a file lock, the others find it there.
/// Without it, each test process sets up its own and deletes it on exit.
/// </remarks>
internal sealed class SiteTemplate
{
    public const string SharedFolderVariable = "PORTAL_TEST_TEMPLATES";

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
        kind => new Lazy<SiteTemplate>(() => Environment.GetEnvironmentVariable(SharedFolderVariable) is { Length: > 0 } shared
            ? Shared(shared, kind)
            : OwnedByThisProcess(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Copies the set-up site into <paramref name="folder"/> and, on PostgreSQL, into a new <paramref name="database"/>.</summary>
    public void CopyTo(string folder, string? database, string serverConnectionString)
    {
        CopyFolder(_folder, folder);
        if (database is null)
            return;
        // CREATE DATABASE … TEMPLATE refuses while another session (of this process or another) is copying the same template.
        lock (CreateDatabaseLock)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var connection = new NpgsqlConnection(serverConnectionString);
                    connection.Open();
                    using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{_database}\"", connection);
                    command.ExecuteNonQuery();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 100)
                {
                    Thread.Sleep(100);
                }
            }
        }
    }

    /// <summary>The run's template in <paramref name="root"/>: set up by whichever test process asks first.</summary>
    private static SiteTemplate Shared(string root, string kind)
    {
        Directory.CreateDirectory(root);
        var folder = Path.Combine(root, kind);
        var ready = Path.Combine(root, kind + ".ready");
        using var gate = Lock(Path.Combine(root, kind + ".lock"));
        if (File.Exists(ready))
            return new SiteTemplate(folder, ReadDatabase(ready));

        var site = SetUp();
        MoveFolder(site.AppData, folder);
        File.WriteAllText(ready, site.PostgresDatabase ?? "");
        return new SiteTemplate(folder, site.PostgresDatabase);
    }

    private static SiteTemplate OwnedByThisProcess()
    {
        var site = SetUp();
        var template = new SiteTemplate(site.AppData, site.PostgresDatabase);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Delete(site);
        return template;
    }

    private static PortalFactory SetUp()
    {
        // Outside any synchronisation context: the factory's start-up blocks on async work.
        var site = Task.Run(async () =>
        {
            var site = new PortalFactory { SetsUpFromScratch = true, KeepsDataOnDispose = true };
            await site.Ready();
            await site.DisposeAsync();
            return site;
        }).GetAwaiter().GetResult();

        // Closed pools: the SQLite file is complete, and PostgreSQL allows no session on a template.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return site;
    }

    private static string? ReadDatabase(string ready)
        => File.ReadAllText(ready).Trim() is { Length: > 0 } database ? database : null;

    /// <summary>An exclusive lock on <paramref name="path"/> held by this process until disposed (other processes wait).</summary>
    private static FileStream Lock(string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                Thread.Sleep(100);
            }
        }
    }

    private void Delete(PortalFactory site)
    {
        try
        {
            if (_database is not null)
                site.DropDatabase();
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or NpgsqlException)
        {
            // The throwaway server or temp folder goes away with the run anyway.
        }
    }

    private static void MoveFolder(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
        }
        catch (IOException)
        {
            // Another file system: copy, then remove the original.
            CopyFolder(from, to);
            Directory.Delete(from, recursive: true);
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
