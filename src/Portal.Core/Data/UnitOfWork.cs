using System.Data;
using System.Security.Cryptography;
using System.Text;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

internal sealed class UnitOfWork(DbSession session) : IUnitOfWork
{
    private readonly List<Func<CancellationToken, Task>> _onCommitting = [];
    private readonly List<Action> _onCommitted = [];

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (session.CurrentTransaction is not null)
            return await work(cancellationToken);

        var connection = session.Connection;
        if (connection.State != ConnectionState.Open)
            await connection.OpenAsync(cancellationToken);

        T result;
        _onCommitting.Clear();
        _onCommitted.Clear();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            session.Begin(transaction);
            try
            {
                result = await work(cancellationToken);
                // A committing step may add another (e.g. a handler enqueuing more work); run until none is left.
                for (var i = 0; i < _onCommitting.Count; i++)
                    await _onCommitting[i](cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                session.End(rolledBack: false);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                session.End(rolledBack: true);
                _onCommitting.Clear();
                _onCommitted.Clear();
                throw;
            }
        }

        var committed = _onCommitted.ToList();
        _onCommitted.Clear();
        foreach (var action in committed)
            action();
        return result;
    }

    public async Task LockAsync(string resource, CancellationToken cancellationToken = default)
    {
        var transaction = session.CurrentTransaction
            ?? throw new InvalidOperationException("LockAsync runs inside IUnitOfWork.ExecuteAsync.");
        // On SQLite every unit of work already holds the database's one write lock (BEGIN IMMEDIATE).
        if (session.Provider != DatabaseProvider.PostgreSql)
            return;

        await using var command = session.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        var key = command.CreateParameter();
        key.ParameterName = "key";
        key.Value = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(resource)), 0);
        command.Parameters.Add(key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void OnCommitting(Func<CancellationToken, Task> work)
    {
        if (session.CurrentTransaction is null)
            throw new InvalidOperationException("OnCommitting runs inside IUnitOfWork.ExecuteAsync.");
        _onCommitting.Add(work);
    }

    public void OnCommitted(Action action)
    {
        if (session.CurrentTransaction is null)
            action();
        else
            _onCommitted.Add(action);
    }
}
