using System.Net;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Marks the words of a query in a result's title and cuts the passages of its text where they occur
/// (Lucene.Net.Highlighter). The text is HTML-escaped; the marks are the only markup added.
/// </summary>
internal sealed class Snippets(IndexAnalysis analysis, Query query)
{
    private const int FragmentLength = 80;
    private const int Fragments = 2;
    private const int PlainLength = 120;

    private static readonly IEncoder Encoder = new HtmlEncoder();

    /// <summary>A fragment cut mid-sentence should not start with the punctuation that ended the sentence before.</summary>
    private static readonly char[] LeadingPunctuation = [' ', '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':'];

    public string Title(string title)
    {
        var highlighter = Highlighter(SearchFields.Title);
        highlighter.TextFragmenter = new NullFragmenter();
        return highlighter.GetBestFragment(analysis.Analyzer, analysis.HighlightField(SearchFields.Title), title)
            ?? Encoder.EncodeText(title);
    }

    public string Body(string text)
    {
        var highlighter = Highlighter(SearchFields.Body);
        highlighter.TextFragmenter = new SimpleFragmenter(FragmentLength);
        var field = analysis.HighlightField(SearchFields.Body);
        using var tokens = analysis.Analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, Fragments)
            .Select(f => f.Trim().TrimStart(LeadingPunctuation))
            .Where(f => f.Length > 0)
            .ToList();
        if (fragments.Count > 0)
            return string.Join("…", fragments) + "…";
        return Encoder.EncodeText(text.Length <= PlainLength ? text : text[..PlainLength] + "…");
    }

    private Highlighter Highlighter(string field)
        => new(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryTermScorer(query, analysis.HighlightField(field)));

    /// <summary>Escapes the five characters that matter in HTML text and attributes; Chinese stays as it is.</summary>
    private sealed class HtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
