using Portal.Abstractions.Contents;
using Portal.Search.Contracts;

namespace Portal.Search.Sources;

/// <summary>Adds a task to the log, in the change's transaction, whenever what the public sees of an item changes.</summary>
internal sealed class ContentIndexingHandler(ISearchIndexQueue queue) : IContentHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => Enqueue(item);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => Enqueue(item);

    public Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => Enqueue(item);

    public Task RestoredAsync(ContentItem item, CancellationToken cancellationToken) => Enqueue(item);

    private Task Enqueue(ContentItem item)
    {
        queue.Enqueue(ContentSearchSource.SourceName, item.ContentItemId);
        return Task.CompletedTask;
    }
}
