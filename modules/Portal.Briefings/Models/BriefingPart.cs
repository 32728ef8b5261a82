using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Portal.Abstractions.Contents;

namespace Portal.Briefings.Models;

/// <summary>
/// One issue of a briefing (简报): the masthead (series, 第N期, special issue, issuer, date), its articles,
/// and the footer (报/送/发 recipients, issuing office, print run, document number).
/// </summary>
internal sealed class BriefingPart : ContentPart, IHasPublicText
{
    [Display(Name = "刊名")]
    public string Series { get; set; } = "";

    /// <summary>第N期, counted per series and year.</summary>
    [Display(Name = "期号")]
    public int Number { get; set; }

    /// <summary>e.g. 新时代文明实践中心建设专刊; empty for an ordinary issue.</summary>
    [Display(Name = "专刊名称")]
    public string SpecialLabel { get; set; } = "";

    [Display(Name = "专刊期号")]
    public int? SpecialNumber { get; set; }

    [Display(Name = "编发单位")]
    public string Issuer { get; set; } = "";

    [Display(Name = "日期")]
    public DateOnly? Date { get; set; }

    public List<BriefingArticle> Articles { get; set; } = [];

    /// <summary>报: the bodies the issue is reported to, one per line.</summary>
    [Display(Name = "报")]
    public List<string> ReportTo { get; set; } = [];

    /// <summary>送: the bodies it is sent to, one per line.</summary>
    [Display(Name = "送")]
    public List<string> SendTo { get; set; } = [];

    /// <summary>发: the bodies it is issued to, one per line.</summary>
    [Display(Name = "发")]
    public List<string> IssueTo { get; set; } = [];

    [Display(Name = "印发单位")]
    public string IssuingOffice { get; set; } = "";

    /// <summary>共印 N 份; null when not stated.</summary>
    [Display(Name = "印数")]
    public int? Copies { get; set; }

    /// <summary>The prefix of the document number, e.g. 苏简字.</summary>
    [Display(Name = "文号前缀")]
    public string DocumentPrefix { get; set; } = "";

    [Display(Name = "文号")]
    public int? DocumentNumber { get; set; }

    /// <summary>Issues are numbered per year of their date.</summary>
    [JsonIgnore]
    public int Year => Date?.Year ?? 0;

    /// <summary>As the masthead and footer print it: 苏简字1004号.</summary>
    [JsonIgnore]
    public string DocumentNumberText => DocumentNumber is { } n ? $"{DocumentPrefix}{n}号" : "";

    public IEnumerable<string> PublicText()
        =>
        [
            Series, $"{Year}年", $"第{Number}期", SpecialLabel, SpecialNumber is { } s ? $"第{s}期" : "", Issuer,
            .. Articles.SelectMany(a => new[] { a.Title, a.Html }),
            IssuingOffice, DocumentNumberText,
        ];
}

internal sealed class BriefingArticle
{
    [Display(Name = "文章标题")]
    public string Title { get; set; } = "";

    [RichText]
    [Display(Name = "文章正文")]
    public string Html { get; set; } = "";
}
