using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Abstractions.Contents;

/// <summary>Binds a posted form onto a model and collects the problems (the admin controller).</summary>
public interface IContentUpdater
{
    ModelStateDictionary ModelState { get; }

    Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class;
}

/// <summary>
/// The admin editor of one part: a Razor partial view in the part's module, given the model this
/// returns; its form names are prefixed with the part name (e.g. <c>TitlePart.Title</c>).
/// </summary>
public interface IContentPartEditor
{
    string PartName { get; }

    /// <summary>The partial view, e.g. <c>Parts/TitlePart</c> (found at <c>Views/Shared/Parts/TitlePart.cshtml</c>).</summary>
    string ViewName { get; }

    Task<object> BuildEditorAsync(ContentItem item, ContentTypePart settings, CancellationToken cancellationToken);

    Task UpdateAsync(ContentItem item, ContentTypePart settings, IContentUpdater updater, CancellationToken cancellationToken);
}

/// <summary>An editor whose view model is the part itself.</summary>
public abstract class ContentPartEditor<TPart> : IContentPartEditor where TPart : ContentPart, new()
{
    public string PartName => typeof(TPart).Name;

    public virtual string ViewName => $"Parts/{PartName}";

    public virtual Task<object> BuildEditorAsync(ContentItem item, ContentTypePart settings, CancellationToken cancellationToken)
        => Task.FromResult<object>(item.As<TPart>() ?? new TPart());

    public virtual async Task UpdateAsync(ContentItem item, ContentTypePart settings, IContentUpdater updater, CancellationToken cancellationToken)
    {
        var part = item.As<TPart>() ?? new TPart();
        await updater.TryUpdateModelAsync(part, PartName);
        item.Apply(part);
    }
}
