using System.Globalization;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Briefings.Models;
using Portal.Briefings.Services;

namespace Portal.Briefings.Editors;

/// <summary>
/// The issue's form: numbers and the date are taken as text so that a wrong entry gets a Chinese message
/// next to its field; a new issue starts in the latest series with the next free number.
/// </summary>
internal sealed class BriefingPartEditor(BriefingNumbering numbering, TimeProvider clock) : IContentPartEditor
{
    public string PartName => nameof(BriefingPart);

    public string ViewName => "Parts/BriefingPart";

    public async Task<object> BuildEditorAsync(ContentItem item, ContentTypePart settings, CancellationToken cancellationToken)
    {
        var part = item.As<BriefingPart>() ?? new BriefingPart();
        var model = BriefingPartModel.From(part);
        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            var today = DateOnly.FromDateTime(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime).DateTime);
            var series = part.Series.Length > 0 ? part.Series : await numbering.LatestSeriesAsync(cancellationToken) ?? "";
            var date = part.Date ?? today;
            model.Series = series;
            model.Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (part.Number < 1 && series.Length > 0)
                model.Number = (await numbering.NextNumberAsync(series, date.Year, cancellationToken)).ToString(CultureInfo.InvariantCulture);
        }
        model.Articles.Add(new BriefingArticleModel());
        return model;
    }

    public async Task UpdateAsync(ContentItem item, ContentTypePart settings, IContentUpdater updater, CancellationToken cancellationToken)
    {
        var model = new BriefingPartModel();
        await updater.TryUpdateModelAsync(model, PartName);
        var errors = updater.ModelState;
        string Key(string field) => $"{PartName}.{field}";

        int? Whole(string? text, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return value;
            errors.AddModelError(Key(field), message);
            return null;
        }

        var part = new BriefingPart
        {
            Series = model.Series ?? "",
            Number = Whole(model.Number, nameof(model.Number), "期号须为正整数（从第 1 期起）。") ?? 0,
            SpecialLabel = model.SpecialLabel ?? "",
            SpecialNumber = Whole(model.SpecialNumber, nameof(model.SpecialNumber), "专刊期号须为正整数。"),
            Issuer = model.Issuer ?? "",
            Articles = model.Articles.Select(a => new BriefingArticle { Title = a.Title ?? "", Html = a.Html ?? "" }).ToList(),
            ReportTo = Lines(model.ReportTo),
            SendTo = Lines(model.SendTo),
            IssueTo = Lines(model.IssueTo),
            IssuingOffice = model.IssuingOffice ?? "",
            Copies = Whole(model.Copies, nameof(model.Copies), "印数须为不小于 0 的整数。"),
            DocumentPrefix = model.DocumentPrefix ?? "",
            DocumentNumber = Whole(model.DocumentNumber, nameof(model.DocumentNumber), "文号须为正整数。"),
        };
        if (!string.IsNullOrWhiteSpace(model.Date))
        {
            if (DateOnly.TryParseExact(model.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                part.Date = date;
            else
                errors.AddModelError(Key(nameof(model.Date)), "日期无效，请按 2018-12-21 的格式填写一个真实的日期。");
        }

        // The same rules the save applies, shown now beside their fields.
        BriefingRules.Normalize(part);
        foreach (var (key, message) in BriefingRules.Validate(part))
            if (!errors.ContainsKey(key) || errors[key]!.Errors.Count == 0)
                errors.AddModelError(key, message);
        item.Apply(part);
    }

    private static List<string> Lines(string? text) => (text ?? "").Split('\n').ToList();
}

/// <summary>The form's values as typed.</summary>
internal sealed class BriefingPartModel
{
    public string? Series { get; set; }
    public string? Number { get; set; }
    public string? SpecialLabel { get; set; }
    public string? SpecialNumber { get; set; }
    public string? Issuer { get; set; }
    public string? Date { get; set; }
    public List<BriefingArticleModel> Articles { get; set; } = [];
    public string? ReportTo { get; set; }
    public string? SendTo { get; set; }
    public string? IssueTo { get; set; }
    public string? IssuingOffice { get; set; }
    public string? Copies { get; set; }
    public string? DocumentPrefix { get; set; }
    public string? DocumentNumber { get; set; }

    public static BriefingPartModel From(BriefingPart part) => new()
    {
        Series = part.Series,
        Number = part.Number > 0 ? part.Number.ToString(CultureInfo.InvariantCulture) : "",
        SpecialLabel = part.SpecialLabel,
        SpecialNumber = part.SpecialNumber?.ToString(CultureInfo.InvariantCulture),
        Issuer = part.Issuer,
        Date = part.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Articles = part.Articles.Select(a => new BriefingArticleModel { Title = a.Title, Html = a.Html }).ToList(),
        ReportTo = string.Join('\n', part.ReportTo),
        SendTo = string.Join('\n', part.SendTo),
        IssueTo = string.Join('\n', part.IssueTo),
        IssuingOffice = part.IssuingOffice,
        Copies = part.Copies?.ToString(CultureInfo.InvariantCulture),
        DocumentPrefix = part.DocumentPrefix,
        DocumentNumber = part.DocumentNumber?.ToString(CultureInfo.InvariantCulture),
    };
}

internal sealed class BriefingArticleModel
{
    public string? Title { get; set; }
    public string? Html { get; set; }
}
