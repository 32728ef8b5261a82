using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Contents.Services;

/// <summary>
/// Plain-text summaries of stored HTML. The HTML was sanitized on save to a small allow-list, so
/// dropping its tags and decoding entities is enough here; no HTML parser is needed in this module.
/// </summary>
internal static partial class PlainText
{
    public static string Summary(string? html, int length = 200)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        // Block ends become spaces so words of adjacent paragraphs do not run together.
        var text = WebUtility.HtmlDecode(Tag().Replace(html, " "));
        text = Space().Replace(text, " ").Trim();
        if (text.Length <= length)
            return text;
        var cut = length;
        if (char.IsLowSurrogate(text[cut]))
            cut--;
        return new StringBuilder(text, 0, cut, cut + 1).Append('…').ToString();
    }

    /// <summary>Makes the site-relative links and images of stored HTML absolute, for readers off the site.</summary>
    public static string AbsoluteLinks(string html, string baseUrl)
        => RelativeLink().Replace(html, m => $"{m.Groups[1].Value}=\"{baseUrl}/");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    // The sanitizer writes attributes in double quotes; "//host" is already absolute.
    [GeneratedRegex("\\b(href|src)=\"/(?!/)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeLink();
}
