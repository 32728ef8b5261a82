using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Marks the words of a query in a result's title and cuts the passages of its text where they occur
/// (Lucene.Net.Highlighter). The text is HTML-escaped; the marks are the only markup added.
/// </summary>
/// <remarks>
/// The tokens come from the term vectors the index keeps for the highlighted sub-field (see
/// <see cref="IndexAnalysis.AddText"/>): re-running the word segmenter over every result is what a page would
/// otherwise spend most of its time on. A copy written before the vectors were kept is segmented again. Terms weigh
/// by their rarity in the index, so a passage is chosen for 志愿者 and 培训 rather than for 的.
/// </remarks>
internal sealed class Snippets(IndexAnalysis analysis, Query query, IndexReader reader)
{
    private const int FragmentLength = 80;
    private const int Fragments = 2;
    private const int PlainLength = 120;

    private static readonly IEncoder Encoder = new HtmlEncoder();

    /// <summary>A fragment cut mid-sentence should not start with the punctuation that ended the sentence before.</summary>
    private static readonly char[] LeadingPunctuation = [' ', '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':'];

    public string Title(int doc, string title)
    {
        var highlighter = Highlighter(SearchFields.Title, title);
        highlighter.TextFragmenter = new NullFragmenter();
        using var tokens = Tokens(doc, SearchFields.Title, title);
        return highlighter.GetBestFragment(tokens, title) ?? Encoder.EncodeText(title);
    }

    public string Body(int doc, string text)
    {
        var highlighter = Highlighter(SearchFields.Body, text);
        highlighter.TextFragmenter = new SimpleFragmenter(FragmentLength);
        using var tokens = Tokens(doc, SearchFields.Body, text);
        var fragments = highlighter.GetBestFragments(tokens, text, Fragments)
            .Select(f => f.Trim().TrimStart(LeadingPunctuation))
            .Where(f => f.Length > 0)
            .ToList();
        if (fragments.Count > 0)
            return string.Join("…", fragments) + "…";
        return Encoder.EncodeText(text.Length <= PlainLength ? text : text[..PlainLength] + "…");
    }

    private Lucene.Net.Analysis.TokenStream Tokens(int doc, string field, string text)
    {
        var sub = analysis.HighlightField(field);
        return TokenSources.GetTokenStreamWithOffsets(reader, doc, sub) ?? analysis.Analyzer.GetTokenStream(sub, text);
    }

    // The indexed body ends with the tags after the stored text: the highlighter stops where the text does.
    private Highlighter Highlighter(string field, string text)
        => new(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryTermScorer(Terms(field)))
        {
            MaxDocCharsToAnalyze = text.Length,
        };

    // Weighing a term asks the index for its document frequency: once per field and page, not per result.
    private WeightedTerm[] Terms(string field)
        => _terms.TryGetValue(field, out var terms)
            ? terms
            : _terms[field] = QueryTermExtractor.GetIdfWeightedTerms(query, reader, analysis.HighlightField(field));

    private readonly Dictionary<string, WeightedTerm[]> _terms = [];

    /// <summary>Escapes the five characters that matter in HTML text and attributes; Chinese stays as it is.</summary>
    private sealed class HtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
