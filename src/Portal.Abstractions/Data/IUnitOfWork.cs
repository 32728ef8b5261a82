namespace Portal.Abstractions.Data;

/// <summary>Runs work that spans modules in one transaction: all of it commits or none of it does.</summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> inside a transaction on the scope's connection; joins the
    /// transaction already in progress when called inside another unit of work.
    /// </summary>
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    Task ExecuteAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
        => ExecuteAsync<bool>(async ct => { await work(ct); return true; }, cancellationToken);

    /// <summary>
    /// Holds the named lock until the unit of work ends, so units of work that check and then write the
    /// same data (the unit tree, the last administrator) run one after another on every node.
    /// </summary>
    Task LockAsync(string resource, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs inside the outermost transaction just before it commits, after all other work of the unit (e.g. to
    /// write a log row under a lock taken last, so it never waits on a lock held by someone waiting for it).
    /// </summary>
    void OnCommitting(Func<CancellationToken, Task> work);

    /// <summary>Runs after the outermost transaction commits (e.g. to clear a cache); dropped on rollback.</summary>
    void OnCommitted(Action action);
}
