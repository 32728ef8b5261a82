namespace Portal.Search.Contracts;

/// <summary>
/// A module's contribution to search. Register it with <c>services.AddScoped&lt;ISearchSource, ...&gt;()</c> (in a
/// startup that requires the search feature) and call <see cref="ISearchIndexQueue.Enqueue"/> whenever one of its
/// documents may have changed; every node's indexer then asks the source for the current document.
/// </summary>
public interface ISearchSource
{
    /// <summary>A short stable name, e.g. <c>contents</c>; it prefixes the keys in the index.</summary>
    string Name { get; }

    /// <summary>How many documents <see cref="GetAllAsync"/> will yield, for the progress of a rebuild.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every document that should be in the index now, for a rebuild.</summary>
    IAsyncEnumerable<SearchDocument> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>The current documents of <paramref name="keys"/>; a key without one (deleted, unpublished) leaves the index.</summary>
    Task<IReadOnlyList<SearchDocument>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>
/// The durable indexing-task log. <see cref="Enqueue"/> inside the unit of work that makes the change: the task is
/// written in the same transaction, so it exists exactly when the change does.
/// </summary>
public interface ISearchIndexQueue
{
    void Enqueue(string source, string key);
}
