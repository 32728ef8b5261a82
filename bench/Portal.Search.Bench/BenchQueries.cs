using System.Text.RegularExpressions;
using Lucene.Net.Analysis.TokenAttributes;
using Portal.Search.Analysis;

namespace Portal.Search.Bench;

/// <summary>
/// The queries the latency runs cycle through: the development set (whole questions and topics), then short ones of
/// 2 to 6 characters as residents type them, cut at word boundaries from the titles of the corpus.
/// </summary>
internal static partial class BenchQueries
{
    public static IReadOnlyList<string> Make(Corpus corpus, IndexAnalysis analysis, int total)
    {
        var queries = corpus.DevQueries.Distinct().ToList();
        var random = new Random(CorpusDocuments.Seed);
        var laws = corpus.Laws.OrderBy(_ => random.Next()).ToList();
        foreach (var law in laws)
        {
            if (queries.Count >= total)
                break;
            var core = Core(law.Title);
            var words = Words(analysis, core);
            if (words.Count == 0)
                continue;

            // Whole words from a random one on, as many as fit in the length wanted.
            var wanted = random.Next(2, 7);
            var first = random.Next(words.Count);
            var (start, end) = words[first];
            for (var i = first + 1; i < words.Count && end - start < wanted && words[i].End - start <= 6 && words[i].Start == end; i++)
                end = words[i].End;
            var query = core[start..end];
            if (query.Length is >= 2 and <= 6 && !queries.Contains(query))
                queries.Add(query);
        }

        return queries;
    }

    // 北京市文明行为促进条例 → 文明行为促进: what is left once the issuer and the kind of text are gone.
    private static string Core(string title)
    {
        var core = Issuer().Replace(title, "");
        core = Kind().Replace(core, "");
        return core.Length >= 2 ? core : title;
    }

    private static List<(int Start, int End)> Words(IndexAnalysis analysis, string text)
    {
        var words = new List<(int, int)>();
        using var stream = analysis.Analyzer.GetTokenStream(SearchFields.Sub(SearchFields.Title, SearchFields.WordsSuffix), text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add((offsets.StartOffset, offsets.EndOffset));
        stream.End();
        return words;
    }

    [GeneratedRegex("^(中华人民共和国|国务院关于|.{2,3}?(省|市|自治区))")]
    private static partial Regex Issuer();

    [GeneratedRegex("(实施办法|管理办法|管理条例|促进条例|保护条例|条例|办法|规定|法)$")]
    private static partial Regex Kind();
}
