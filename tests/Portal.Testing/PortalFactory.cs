using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Abstractions.Data;

namespace Portal.Testing;

/// <summary>
/// A freshly set-up site with its own empty database: SQLite by default, PostgreSQL when
/// <c>PORTAL_TEST_DATABASE=PostgreSql</c> (with <c>PORTAL_TEST_POSTGRES</c> as the server's connection string).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-pass-2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;

    /// <summary>Settings that change what setup writes: a factory with any of them sets up from scratch.</summary>
    private static readonly string[] SetupSettings = ["Portal:Setup:Recipe", "PORTAL_ADMIN_PASSWORD"];

    private bool _prepared;

    public PortalFactory()
    {
        if (IsPostgreSql)
            _postgresDatabase = "portal_test_" + Guid.NewGuid().ToString("N");
    }

    /// <summary>
    /// Runs setup on an empty database, as a first start does, instead of copying the site set up once per test run
    /// (the same setup, run once): for tests of setup itself.
    /// </summary>
    public bool SetsUpFromScratch { get; init; }

    /// <summary>Leaves the folder and database in place on dispose (the set-up site that later factories copy).</summary>
    internal bool KeepsDataOnDispose { get; init; }

    internal string? PostgresDatabase => _postgresDatabase;

    public static bool IsPostgreSql
        => string.Equals(Environment.GetEnvironmentVariable("PORTAL_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    private static string ServerConnectionString
        => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
           ?? throw new InvalidOperationException("PORTAL_TEST_DATABASE=PostgreSql needs PORTAL_TEST_POSTGRES (set by ./test.sh).");

    /// <summary>The site's App_Data folder (database, keys) for this factory.</summary>
    public string AppData => _folder;

    /// <summary>The database settings of this site, e.g. for a second node started as its own process on the same database.</summary>
    public IReadOnlyDictionary<string, string> DatabaseSettings => _postgresDatabase is null
        ? new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(_folder, "portal.db")}",
        }
        : new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _postgresDatabase }.ConnectionString,
        };

    /// <summary>
    /// Gives this site its folder and database without starting it, and returns the settings a site run as its own
    /// process (<see cref="SiteProcess"/>) needs to use them: a copy of the set-up site, or empty ones when
    /// <see cref="SetsUpFromScratch"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> PrepareForProcess()
    {
        Prepare();
        return SiteSettings;
    }

    /// <summary>
    /// The folder and database of this site, and its search node's name: by default a node is named after its App_Data
    /// path, and a copy of the set-up site keeps the name its search state has.
    /// </summary>
    private Dictionary<string, string> SiteSettings => new(DatabaseSettings)
    {
        ["Portal:AppData"] = _folder,
        ["Portal:Search:Node"] = "test-node",
    };

    /// <summary>Settings a test adds before the site starts (e.g. another setup recipe).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Prepare();
        builder.UseEnvironment("Production");
        builder.UseContentRoot(ContentRoot());
        builder.UseSetting("PORTAL_ADMIN_PASSWORD", AdminPassword);
        // Tests sign in far more often than people do; a test of the limit sets its own.
        builder.UseSetting("Portal:RateLimits:PublicWritesPerMinute", "100000");
        foreach (var (key, value) in SiteSettings)
            builder.UseSetting(key, value);
        // Tests sign in thousands of times: new password hashes use fewer PBKDF2 rounds (each hash records its own count,
        // so the site's code and stored hashes work the same).
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>Gives the site its folder and database: a copy of the set-up site, or empty ones for setup to fill.</summary>
    private void Prepare()
    {
        if (_prepared)
            return;
        _prepared = true;
        if (!SetsUpFromScratch && !Settings.Any(s => SetupSettings.Contains(s.Key)))
        {
            SiteTemplate.Current.CopyTo(_folder, _postgresDatabase, IsPostgreSql ? ServerConnectionString : "");
            return;
        }
        Directory.CreateDirectory(_folder);
        if (_postgresDatabase is null)
            return;
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Starts the site (setup included) and waits until its search index has read the task log, or 30 s.</summary>
    internal async Task Ready()
    {
        await WithScopeAsync(async sp =>
        {
            var connection = sp.GetRequiredService<IDbSession>().Connection;
            if (connection.State != System.Data.ConnectionState.Open)
                await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*) FROM "Search_Nodes"
                WHERE "Index" = 'main' AND "RebuildTotal" IS NULL
                  AND "Checkpoint" >= (SELECT COALESCE(MAX("Id"), 0) FROM "Search_Tasks")
                """;
            for (var waited = 0; waited < 150 && Convert.ToInt32(await command.ExecuteScalarAsync()) == 0; waited++)
                await Task.Delay(200);
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public PortalClient CreatePortalClient()
        => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs <paramref name="work"/> with services from a new scope, as one request would.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> work)
        => WithScopeAsync<bool>(async sp => { await work(sp); return true; });

    /// <summary>The host project's folder when run from the repository, else the output folder (which has its appsettings.json).</summary>
    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var host = Path.Combine(dir.FullName, "src", "Portal.Web");
            if (File.Exists(Path.Combine(host, "Portal.Web.csproj")))
                return host;
        }
        return AppContext.BaseDirectory;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepsDataOnDispose)
        {
            DropDatabase();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        GC.SuppressFinalize(this);
    }

    internal void DropDatabase()
    {
        if (_postgresDatabase is null)
            return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
