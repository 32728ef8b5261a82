using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Contents.Services;

/// <summary>Summaries and absolute links for readers off the site (feeds).</summary>
internal static partial class PlainText
{
    /// <summary>At most <paramref name="length"/> characters of <paramref name="text"/> (from <see cref="Portal.Abstractions.Contents.IRichTextSanitizer.ToPlainText"/>), never splitting a character.</summary>
    public static string Summary(string text, int length = 200)
    {
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

    // The sanitizer writes attributes in double quotes; "//host" is already absolute.
    [GeneratedRegex("\\b(href|src)=\"/(?!/)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeLink();
}
