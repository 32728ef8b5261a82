using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

/// <summary>
/// Puts every command of every module's DbContext into the scope's unit-of-work transaction, so reads
/// inside a unit of work see its own writes and never meet "pending local transaction" errors.
/// </summary>
internal sealed class UnitOfWorkCommandInterceptor(IDbSession session) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        => Enlist(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Enlist(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        => Enlist(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Enlist(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        => Enlist(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Enlist(command, result));

    private T Enlist<T>(DbCommand command, T result)
    {
        if (session.CurrentTransaction is { } transaction)
            command.Transaction = transaction;
        return result;
    }
}
