using Portal.Abstractions.Contents;
using Portal.Contents.Services;

namespace Portal.Contents.Editors;

/// <summary>Picks the column from the published columns; tags are typed separated by commas.</summary>
internal sealed class ColumnPartEditor(IContentManager contents) : IContentPartEditor
{
    public string PartName => nameof(ColumnPart);

    public string ViewName => "Parts/ColumnPart";

    public async Task<object> BuildEditorAsync(ContentItem item, ContentTypePart settings, CancellationToken cancellationToken)
    {
        var part = item.As<ColumnPart>() ?? new ColumnPart();
        var columns = await contents.QueryAsync(new ContentQuery { Types = [ContentTypes.Column], Status = ContentStatus.Any, Take = 200 }, cancellationToken);
        return new ColumnPartModel
        {
            ColumnId = part.ColumnId,
            Tags = string.Join("，", part.Tags),
            Columns = columns.Items.Select(c => (c.ContentItemId, c.DisplayText)).ToList(),
        };
    }

    public async Task UpdateAsync(ContentItem item, ContentTypePart settings, IContentUpdater updater, CancellationToken cancellationToken)
    {
        var model = new ColumnPartModel();
        await updater.TryUpdateModelAsync(model, PartName);
        var columnId = model.ColumnId?.Trim() ?? "";
        if (columnId.Length > 0 && await contents.GetAsync(columnId, VersionOptions.Latest, cancellationToken) is not { ContentType: ContentTypes.Column })
            updater.ModelState.AddModelError($"{PartName}.{nameof(ColumnPartModel.ColumnId)}", "请选择一个已有的栏目。");
        var tags = (model.Tags ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
        if (tags.Any(t => t.Length > 20) || tags.Count > 10)
            updater.ModelState.AddModelError($"{PartName}.{nameof(ColumnPartModel.Tags)}", "最多 10 个标签，每个最多 20 个字。");
        item.Apply(new ColumnPart { ColumnId = columnId, Tags = tags });
    }
}

internal sealed class ColumnPartModel
{
    public string? ColumnId { get; set; }

    public string? Tags { get; set; }

    public IReadOnlyList<(string Id, string Name)> Columns { get; set; } = [];
}
