using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

/// <summary>The scope's one connection, opened on first use; the unit of work runs its transaction on it.</summary>
internal sealed class DbSession(DatabaseOptions options, NpgsqlDataSource? dataSource) : IDbSession, IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    public DatabaseProvider Provider => options.Provider;

    public DbConnection Connection => _connection ??= Create();

    public DbTransaction? CurrentTransaction { get; set; }

    private DbConnection Create() => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(options.ConnectionString),
        _ => dataSource!.CreateConnection(),
    };

    public void Dispose() => _connection?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
    }
}
