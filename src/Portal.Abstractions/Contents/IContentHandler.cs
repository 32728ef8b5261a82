namespace Portal.Abstractions.Contents;

/// <summary>
/// Reacts to content changes inside their transaction: checks an item before it is saved, keeps a
/// module's own index tables in step (e.g. briefing numbers), adds search tasks. Only handlers of
/// enabled features run.
/// </summary>
public interface IContentHandler
{
    /// <summary>Before a version is written; add errors to refuse it.</summary>
    Task ValidatingAsync(ValidateContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Inside the save's transaction, before the version is written; add errors to refuse it. For checks
    /// that must not race with other saves (a number that must stay unique): take a named lock, then look.
    /// </summary>
    Task CheckingAsync(ValidateContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After a new version is written (draft or about to be published).</summary>
    Task SavedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The item went to the recycle bin.</summary>
    Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The item came back from the recycle bin.</summary>
    Task RestoredAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class ValidateContentContext(ContentItem item, ContentTypeDefinition type, SaveAction action)
{
    private readonly List<ContentError> _errors = [];

    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Type { get; } = type;

    public SaveAction Action { get; } = action;

    public IReadOnlyList<ContentError> Errors => _errors;

    public void Fail(string key, string message) => _errors.Add(new ContentError(key, message));
}

/// <summary>Cleans editor HTML against an allow-list; what is left can be shown as is.</summary>
public interface IRichTextSanitizer
{
    string Sanitize(string? html);

    /// <summary>The text of (sanitized) HTML on one line, for summaries and feeds: tags dropped, entities decoded, spaces collapsed.</summary>
    string ToPlainText(string? html);
}

/// <summary>Marks a string property of a part as HTML: it is sanitized whenever the item is saved.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RichTextAttribute : Attribute;
