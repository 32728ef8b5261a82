using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

/// <summary>The scope's one connection, opened on first use; the unit of work runs its transaction on it.</summary>
internal sealed class DbSession(DatabaseOptions options, NpgsqlDataSource? dataSource) : IDbSession, IAsyncDisposable, IDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;

    public DatabaseProvider Provider => options.Provider;

    public DbConnection Connection => _connection ??= Create();

    public DbTransaction? CurrentTransaction { get; private set; }

    public void Register(DbContext context) => _contexts.Add(context);

    public void Begin(DbTransaction transaction) => CurrentTransaction = transaction;

    /// <summary>Releases the ended transaction from the contexts; after a rollback they forget what they tracked.</summary>
    public void End(bool rolledBack)
    {
        CurrentTransaction = null;
        foreach (var context in _contexts)
        {
            if (context.Database.CurrentTransaction is not null)
                context.Database.UseTransaction(null);
            if (rolledBack)
                context.ChangeTracker.Clear();
        }
    }

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
