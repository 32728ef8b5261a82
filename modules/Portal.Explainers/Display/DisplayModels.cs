using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Explainers.Models;

namespace Portal.Explainers.Display;

/// <summary>An item in a short list (home page, a policy's explainers): what a link and a line of text need.</summary>
internal sealed record ItemCard(string Title, string Url, DateTimeOffset? Published, string Summary, string Badge, string CoverUrl, string CoverAlt)
{
    public bool HasCover => CoverUrl.Length > 0;

    public static ItemCard From(ContentItem item, string url, IRichTextSanitizer richText, int summaryLength = 80)
    {
        var cover = item.As<CoverPart>();
        var explainer = item.As<ExplainerPart>();
        var summary = explainer is { Summary.Length: > 0 } ? explainer.Summary : richText.ToPlainText(item.As<HtmlBodyPart>()?.Html);
        return new ItemCard(
            item.DisplayText,
            url,
            item.PublishedUtc is { } published ? ChinaTime.FromUtc(published) : null,
            Clip(summary, summaryLength),
            explainer?.FormName ?? "",
            cover?.Url ?? "",
            cover is { Alt.Length: > 0 } ? cover.Alt : item.DisplayText);
    }

    private static string Clip(string text, int length)
        => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}

/// <summary>A policy as its explainers show it (<c>Model.Data.Policy</c>).</summary>
internal sealed record PolicyCard(string Title, string DocumentNumber, string IssuingAuthority, string IssuedDate, string Url, string OriginalUrl)
{
    public static PolicyCard From(ContentItem policy, string url)
    {
        var part = policy.As<PolicyPart>() ?? new PolicyPart();
        return new PolicyCard(policy.DisplayText, part.DocumentNumber, part.IssuingAuthority, part.IssuedDateText, url, part.OriginalUrl);
    }
}

internal sealed record HomeNews(ItemCard Headline, IReadOnlyList<ItemCard> More, string MoreUrl);

internal sealed record HomeExplainers(IReadOnlyList<ItemCard> Items, string MoreUrl);

internal sealed record HomeColumns(IReadOnlyList<ColumnCard> Columns);

internal sealed record ColumnCard(string Title, string Url, IReadOnlyList<ItemCard> Items);

