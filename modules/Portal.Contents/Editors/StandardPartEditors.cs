using Portal.Abstractions.Contents;

namespace Portal.Contents.Editors;

internal sealed class TitlePartEditor : ContentPartEditor<TitlePart>;

internal sealed class AutoroutePartEditor : ContentPartEditor<AutoroutePart>;

internal sealed class HtmlBodyPartEditor : ContentPartEditor<HtmlBodyPart>;

internal sealed class CoverPartEditor : ContentPartEditor<CoverPart>;

internal sealed class AttachmentsPartEditor : ContentPartEditor<AttachmentsPart>
{
    public override async Task UpdateAsync(ContentItem item, ContentTypePart settings, IContentUpdater updater, CancellationToken cancellationToken)
    {
        var part = new AttachmentsPart();
        await updater.TryUpdateModelAsync(part, PartName);
        // The form always offers an empty row for a new file; empty rows are not attachments.
        part.Files = part.Files.Where(f => !string.IsNullOrWhiteSpace(f.Url)).ToList();
        for (var i = 0; i < part.Files.Count; i++)
        {
            var file = part.Files[i];
            if (!file.Url.StartsWith('/') || file.Url.StartsWith("//", StringComparison.Ordinal))
                updater.ModelState.AddModelError($"{PartName}.Files[{i}].Url", "附件须先上传到媒体库，地址以 / 开头。");
            if (string.IsNullOrWhiteSpace(file.Name))
                file.Name = Path.GetFileName(file.Url);
        }
        item.Apply(part);
    }
}
