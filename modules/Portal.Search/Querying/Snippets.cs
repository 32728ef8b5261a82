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
/// Re-analysing a whole text with the word segmenter is what a page of results spends most of its time on, so the
/// passages are found first by plain string search for the query's words and bigrams: the highlighter then reads
/// only the few windows where most of them meet. Terms weigh by their rarity in the index (idf), so a window is
/// chosen for 志愿者 and 培训 rather than for 的.
/// </remarks>
internal sealed class Snippets
{
    private const int FragmentLength = 80;
    private const int Fragments = 2;
    private const int PlainLength = 120;

    /// <summary>A window holds the words found within two fragments' length, with some text before the first.</summary>
    private const int WindowLength = 2 * FragmentLength;
    private const int Lead = 20;

    /// <summary>Enough to find the best windows of any text without reading every occurrence of a common word.</summary>
    private const int MaxOccurrencesPerTerm = 64;

    private static readonly IEncoder Encoder = new HtmlEncoder();

    /// <summary>A fragment cut mid-sentence should not start with the punctuation that ended the sentence before.</summary>
    private static readonly char[] LeadingPunctuation = [' ', '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':'];

    private readonly IndexAnalysis _analysis;
    private readonly Query _query;
    private readonly IndexReader _reader;
    private readonly IReadOnlyList<WeightedTerm> _located;

    public Snippets(IndexAnalysis analysis, Query query, IndexReader reader)
    {
        _analysis = analysis;
        _query = query;
        _reader = reader;
        _located = analysis.SubFields
            .SelectMany(sub => QueryTermExtractor.GetIdfWeightedTerms(query, reader, SearchFields.Sub(SearchFields.Body, sub.Suffix)))
            .GroupBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MaxBy(t => t.Weight)!)
            .ToList();
    }

    public string Title(string title)
    {
        var highlighter = Highlighter(SearchFields.Title);
        highlighter.TextFragmenter = new NullFragmenter();
        return highlighter.GetBestFragment(_analysis.Analyzer, _analysis.HighlightField(SearchFields.Title), title)
            ?? Encoder.EncodeText(title);
    }

    public string Body(string text)
    {
        var highlighter = Highlighter(SearchFields.Body);
        highlighter.TextFragmenter = new SimpleFragmenter(FragmentLength);
        var field = _analysis.HighlightField(SearchFields.Body);
        var fragments = new List<string>();
        foreach (var window in Windows(text))
        {
            using var tokens = _analysis.Analyzer.GetTokenStream(field, window);
            fragments.AddRange(highlighter.GetBestFragments(tokens, window, 1)
                .Select(f => f.Trim().TrimStart(LeadingPunctuation))
                .Where(f => f.Length > 0));
        }

        if (fragments.Count > 0)
            return string.Join("…", fragments) + "…";
        return Encoder.EncodeText(text.Length <= PlainLength ? text : text[..PlainLength] + "…");
    }

    /// <summary>
    /// The passages to highlight, in the order of the text: the window where the query's terms weigh most, then the
    /// best one apart from it. Without any term in the text (a match in the title only), its beginning.
    /// </summary>
    private IEnumerable<string> Windows(string text)
    {
        var found = new List<(int Position, int Term)>();
        for (var t = 0; t < _located.Count; t++)
        {
            var term = _located[t].Term;
            for (int at = 0, n = 0; n < MaxOccurrencesPerTerm && (at = text.IndexOf(term, at, StringComparison.OrdinalIgnoreCase)) >= 0; at += term.Length, n++)
                found.Add((at, t));
        }

        if (found.Count == 0)
            return [Clip(text, 0)];

        found.Sort();
        var chosen = new List<int>();
        for (var pick = 0; pick < Fragments; pick++)
        {
            var best = (Start: -1, Weight: 0f);
            for (var i = 0; i < found.Count; i++)
            {
                var start = found[i].Position;
                if (chosen.Any(c => start < c + WindowLength && c < start + WindowLength))
                    continue;
                var weight = found.Skip(i).TakeWhile(f => f.Position < start + WindowLength)
                    .Select(f => f.Term).Distinct().Sum(term => _located[term].Weight);
                if (weight > best.Weight)
                    best = (start, weight);
            }

            if (best.Start < 0)
                break;
            chosen.Add(best.Start);
        }

        return chosen.Order().Select(start => Clip(text, Math.Max(0, start - Lead)));
    }

    private static string Clip(string text, int start) => text.Substring(start, Math.Min(WindowLength + Lead, text.Length - start));

    private Highlighter Highlighter(string field)
        => new(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryTermScorer(_query, _reader, _analysis.HighlightField(field)));

    /// <summary>Escapes the five characters that matter in HTML text and attributes; Chinese stays as it is.</summary>
    private sealed class HtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
