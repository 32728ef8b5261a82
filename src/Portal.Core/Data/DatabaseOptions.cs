using Microsoft.Extensions.Configuration;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

/// <summary>Which database the site uses: <c>Portal:Database:Provider</c> and <c>ConnectionStrings:Portal</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=App_Data/portal.db";

    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var name = configuration["Portal:Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(name))
            provider = DatabaseProvider.Sqlite;
        else if (!Enum.TryParse(name, ignoreCase: true, out provider))
            throw new InvalidOperationException($"Portal:Database:Provider 的值 “{name}” 无效，可选 Sqlite 或 PostgreSql。");

        var connectionString = configuration.GetConnectionString("Portal");
        if (provider == DatabaseProvider.Sqlite)
            return new(provider, ResolveSqlitePath(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString, contentRoot));
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("使用 PostgreSql 时必须配置 ConnectionStrings:Portal。");
        return new(provider, connectionString);
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        builder.DefaultTimeout = 30;
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
