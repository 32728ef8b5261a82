using System.ComponentModel.DataAnnotations;

namespace Portal.Abstractions.Contents;

// The parts every site has. Modules add their own (BriefingPart, ExplainerPart ...) beside these.

/// <summary>
/// A part that shows text to readers names that text here (plain or sanitized HTML), so that search reads what
/// readers read and nothing else: no addresses of files, no ids, no owner.
/// </summary>
public interface IHasPublicText
{
    IEnumerable<string> PublicText();
}

/// <summary>The item's title, which is also its display text.</summary>
public sealed class TitlePart : ContentPart, IHasPublicText
{
    [Display(Name = "标题")]
    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(200, ErrorMessage = "标题最多 200 个字。")]
    public string Title { get; set; } = "";

    public IEnumerable<string> PublicText() => [Title];
}

/// <summary>The item's public address, e.g. <c>news/2026/11/0f3a9c</c> (no leading slash).</summary>
public sealed class AutoroutePart : ContentPart
{
    [Display(Name = "网址")]
    [StringLength(200, ErrorMessage = "网址最多 200 个字符。")]
    public string Path { get; set; } = "";
}

public sealed class HtmlBodyPart : ContentPart, IHasPublicText
{
    [RichText]
    [Display(Name = "正文")]
    public string Html { get; set; } = "";

    public IEnumerable<string> PublicText() => [Html];
}

/// <summary>The column (栏目) an item is published in, and its tags.</summary>
public sealed class ColumnPart : ContentPart
{
    [Display(Name = "栏目")]
    public string ColumnId { get; set; } = "";

    [Display(Name = "标签")]
    public List<string> Tags { get; set; } = [];
}

/// <summary>A cover image from the media library.</summary>
public sealed class CoverPart : ContentPart, IHasPublicText
{
    [Display(Name = "封面图片")]
    public string Url { get; set; } = "";

    [Display(Name = "图片说明")]
    [StringLength(200, ErrorMessage = "图片说明最多 200 个字。")]
    public string Alt { get; set; } = "";

    public IEnumerable<string> PublicText() => [Alt];
}

public sealed class AttachmentsPart : ContentPart, IHasPublicText
{
    public List<Attachment> Files { get; set; } = [];

    public IEnumerable<string> PublicText() => Files.Select(f => f.Name);
}

public sealed class Attachment
{
    public string Url { get; set; } = "";

    public string Name { get; set; } = "";
}
