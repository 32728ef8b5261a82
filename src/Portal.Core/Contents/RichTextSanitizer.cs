using System.Text.RegularExpressions;
using Ganss.Xss;
using Portal.Abstractions.Contents;

namespace Portal.Core.Contents;

/// <summary>
/// HtmlSanitizer with an allow-list fit for articles: text structure, lists, tables, links and
/// images, a few inline styles. Word's paste leftovers (conditional comments, <c>o:p</c>, <c>Mso</c>
/// classes, <c>mso-</c> styles) go too.
/// </summary>
internal sealed partial class RichTextSanitizer : IRichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "span", "mark", "small",
                "ul", "ol", "li", "a", "img", "figure", "figcaption",
                "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "div",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "width", "height", "colspan", "rowspan", "style", "target", "rel", "data-href",
            },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "text-align", "text-indent", "font-weight", "font-style", "text-decoration", "color", "background-color",
                "width", "height",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "data-href" },
        });
        _sanitizer.KeepChildNodes = true;
        _sanitizer.AllowDataAttributes = false;
        _sanitizer.RemovingTag += (_, e) =>
        {
            // Scripts, styles and embedded objects go with their content; other unknown tags keep their text.
            if (e.Tag.NodeName is "SCRIPT" or "STYLE" or "IFRAME" or "OBJECT" or "EMBED" or "TEMPLATE" or "NOSCRIPT" or "XML")
                e.Tag.Remove();
        };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                if (element.GetAttribute("class") is not null)
                    element.RemoveAttribute("class");
                if (element.LocalName == "a" && element.GetAttribute("target") == "_blank")
                    element.SetAttribute("rel", "noopener noreferrer");
            }
        };
    }

    public string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        var withoutWordComments = ConditionalComment().Replace(html, "");
        return _sanitizer.Sanitize(withoutWordComments).Trim();
    }

    public string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        // Tags become spaces so the words of adjacent paragraphs do not run together.
        var text = System.Net.WebUtility.HtmlDecode(Tag().Replace(html, " "));
        return Space().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    // Word wraps its own markup in <!--[if gte mso 9]> ... <![endif]--> blocks.
    [GeneratedRegex(@"<!--\[if[\s\S]*?<!\[endif\]-->", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionalComment();
}
