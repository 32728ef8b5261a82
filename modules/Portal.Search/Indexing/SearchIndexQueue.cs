using System.Data.Common;
using Portal.Abstractions.Data;
using Portal.Search.Contracts;
using Portal.Search.Data;
using Portal.Search.Models;

namespace Portal.Search.Indexing;

/// <summary>
/// Collects the keys enqueued during a unit of work and writes them as the last thing before it commits, under
/// one lock: every task row is numbered after the rows of every transaction committed before it, so a node
/// reading the log past its checkpoint never skips a row that commits late.
/// </summary>
internal sealed class SearchIndexQueue(IUnitOfWork unitOfWork, IDbSession session, SearchDbContext db, TimeProvider clock) : ISearchIndexQueue
{
    public const string LockName = "Search.Tasks";

    private readonly HashSet<(string Source, string Key)> _pending = [];
    private DbTransaction? _transaction;

    public void Enqueue(string source, string key)
    {
        var transaction = session.CurrentTransaction
            ?? throw new InvalidOperationException("ISearchIndexQueue.Enqueue runs inside the unit of work that makes the change.");
        if (transaction != _transaction)
        {
            // A new unit of work: what a rolled-back one enqueued is forgotten.
            _transaction = transaction;
            _pending.Clear();
            unitOfWork.OnCommitting(WriteAsync);
        }

        _pending.Add((source, key));
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
            return;

        await unitOfWork.LockAsync(LockName, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Tasks.AddRange(_pending.Select(p => new SearchTask { Source = p.Source, Key = p.Key, CreatedUtc = now }));
        _pending.Clear();
        // Anything enqueued after this (by a later committing step) registers again.
        _transaction = null;
        await db.SaveChangesAsync(cancellationToken);
    }
}
