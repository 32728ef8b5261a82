using System.Data;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

internal sealed class UnitOfWork(DbSession session) : IUnitOfWork
{
    private readonly List<Action> _onCommitted = [];

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (session.CurrentTransaction is not null)
            return await work(cancellationToken);

        var connection = session.Connection;
        if (connection.State != ConnectionState.Open)
            await connection.OpenAsync(cancellationToken);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        session.CurrentTransaction = transaction;
        _onCommitted.Clear();
        try
        {
            var result = await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            session.CurrentTransaction = null;
            foreach (var action in _onCommitted) action();
            return result;
        }
        catch
        {
            session.CurrentTransaction = null;
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            _onCommitted.Clear();
        }
    }

    public void OnCommitted(Action action)
    {
        if (session.CurrentTransaction is null)
            action();
        else
            _onCommitted.Add(action);
    }
}
