using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Analysis;

/// <summary>
/// Builds the query for what a resident typed. The text only ever passes through the analyzers, never
/// through a query parser, so Lucene syntax in it (quotes, AND, *, :) is just text and cannot throw.
/// </summary>
internal sealed class ChineseQueryBuilder(IndexAnalysis analysis)
{
    /// <summary>
    /// Beyond this the text is not a search but a pasted page; cutting it keeps the query under
    /// Lucene's limit of 1,024 clauses and its cost bounded.
    /// </summary>
    public const int MaxQueryLength = 200;

    private const int MaxTokensPerField = 64;

    /// <summary>The query for the text; an empty query (matching nothing) when the text has no tokens.</summary>
    public BooleanQuery Build(string? text)
    {
        // Coordination counts the words of one field (below), not which fields and phrases matched.
        var query = new BooleanQuery(disableCoord: true);
        if (string.IsNullOrWhiteSpace(text))
            return query;
        if (text.Length > MaxQueryLength)
            text = text[..MaxQueryLength];

        var options = analysis.Options;
        foreach (var field in SearchFields.Texts)
        {
            var boost = field == SearchFields.Title ? options.TitleBoost : 1f;
            foreach (var sub in analysis.SubFields)
                Add(query, SearchFields.Sub(field, sub.Suffix), text, boost * sub.Weight);
        }

        return query;
    }

    private void Add(BooleanQuery query, string field, string text, float boost)
    {
        var tokens = Tokens(field, text);
        if (tokens.Count == 0 || boost <= 0)
            return;

        var options = analysis.Options;
        var distinct = tokens.Select(t => t.Term).Distinct().ToList();
        var terms = new BooleanQuery { Boost = boost, MinimumNumberShouldMatch = MinimumShouldMatch(distinct.Count) };
        foreach (var term in distinct)
            terms.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        query.Add(terms, Occur.SHOULD);

        // A single token is already scored by its term query; phrases only add order and nearness.
        if (tokens.Count < 2)
            return;
        if (options.PhraseBoost > 0)
            query.Add(Phrase(field, tokens, 0, boost * options.PhraseBoost), Occur.SHOULD);
        if (options.ProximityBoost > 0)
            query.Add(Phrase(field, tokens, options.ProximitySlop, boost * options.ProximityBoost), Occur.SHOULD);
    }

    /// <summary>How many of a field's distinct terms a document must hold for the field to match at all.</summary>
    private int MinimumShouldMatch(int terms)
        => terms >= 3 ? (int)Math.Ceiling(terms * analysis.Options.MinimumShouldMatch) : 0;

    private static PhraseQuery Phrase(string field, IReadOnlyList<(string Term, int Position)> tokens, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (term, position) in tokens)
            phrase.Add(new Term(field, term), position);
        return phrase;
    }

    private List<(string Term, int Position)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analysis.Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && tokens.Count < MaxTokensPerField)
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
