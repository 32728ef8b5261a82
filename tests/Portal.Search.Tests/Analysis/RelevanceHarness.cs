using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Portal.Search.Analysis;

namespace Portal.Search.Tests.Analysis;

/// <summary>Indexes the corpus in memory and scores a way of querying it by MRR@10 and recall@10.</summary>
internal static class RelevanceHarness
{
    private const string FileField = "file";
    private const int Depth = 10;

    public static RelevanceFigures Ours(Corpus corpus, RankingOptions options)
    {
        using var analysis = new ChineseAnalysis(options);
        return Measure(corpus, analysis.Analyzer, analysis.Similarity,
            (document, d) =>
            {
                ChineseAnalysis.AddText(document, SearchFields.Title, d.Title);
                ChineseAnalysis.AddText(document, SearchFields.Body, d.Body);
            },
            analysis.Queries.Build);
    }

    /// <summary>
    /// A stock analyzer as Orchard Core and most sites use one: title and body through the same analyzer,
    /// the query through the classic multi-field parser with the title weighted 3×.
    /// </summary>
    public static RelevanceFigures Stock(Corpus corpus, string name)
    {
        using Analyzer analyzer = name switch
        {
            nameof(StandardAnalyzer) => new StandardAnalyzer(ChineseAnalysis.Version),
            nameof(SmartChineseAnalyzer) => new SmartChineseAnalyzer(ChineseAnalysis.Version),
            nameof(CJKAnalyzer) => new CJKAnalyzer(ChineseAnalysis.Version),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var parser = new MultiFieldQueryParser(ChineseAnalysis.Version, ["title", "body"], analyzer,
            new Dictionary<string, float> { ["title"] = 3f, ["body"] = 1f });
        return Measure(corpus, analyzer, new DefaultSimilarity(),
            (document, d) =>
            {
                document.Add(new TextField("title", d.Title, Field.Store.NO));
                document.Add(new TextField("body", d.Body, Field.Store.NO));
            },
            text => parser.Parse(QueryParserBase.Escape(text)));
    }

    // Explores options over one index: BM25 and classic TF-IDF encode norms alike, so one index serves both.
    public static IEnumerable<(RankingOptions Options, RelevanceFigures Figures)> Explore(Corpus corpus, IEnumerable<RankingOptions> grid)
    {
        using var analysis = new ChineseAnalysis(RankingOptions.Default);
        using var directory = Index(corpus, analysis.Analyzer, analysis.Similarity, (document, d) =>
        {
            ChineseAnalysis.AddText(document, SearchFields.Title, d.Title);
            ChineseAnalysis.AddText(document, SearchFields.Body, d.Body);
        });
        using var reader = DirectoryReader.Open(directory);
        foreach (var options in grid)
        {
            using var a = new ChineseAnalysis(options);
            yield return (options, Evaluate(corpus, reader, a.Similarity, a.Queries.Build));
        }
    }

    private static RAMDirectory Index(Corpus corpus, Analyzer analyzer, Similarity similarity, Action<Document, CorpusDocument> fill)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.Version, analyzer) { Similarity = similarity });
        foreach (var d in corpus.Documents)
        {
            var document = new Document { new StringField(FileField, d.File, Field.Store.YES) };
            fill(document, d);
            writer.AddDocument(document);
        }

        return directory;
    }

    private static RelevanceFigures Measure(Corpus corpus, Analyzer analyzer, Similarity similarity,
        Action<Document, CorpusDocument> fill, Func<string, Query> query)
    {
        using var directory = Index(corpus, analyzer, similarity, fill);
        using var reader = DirectoryReader.Open(directory);
        return Evaluate(corpus, reader, similarity, query);
    }

    private static RelevanceFigures Evaluate(Corpus corpus, DirectoryReader reader, Similarity similarity, Func<string, Query> query)
    {
        {
        }

        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        double reciprocalRanks = 0, recall = 0;
        var misses = new List<string>();
        foreach (var q in corpus.Queries)
        {
            var top = searcher.Search(query(q.Text), Depth).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc).Get(FileField))
                .ToList();
            var first = top.FindIndex(q.Relevant.Contains);
            reciprocalRanks += first < 0 ? 0 : 1.0 / (first + 1);
            recall += (double)top.Count(q.Relevant.Contains) / q.Relevant.Count;
            if (first != 0)
                misses.Add($"{q.Text}: first relevant at {(first < 0 ? "none" : first + 1)}, top {string.Join(' ', top.Take(3))}");
        }

        return new RelevanceFigures(reciprocalRanks / corpus.Queries.Count, recall / corpus.Queries.Count, misses);
    }
}

internal sealed record RelevanceFigures(double Mrr, double Recall, IReadOnlyList<string> Misses)
{
    public override string ToString() => $"MRR@10 {Mrr:F3}  recall@10 {Recall:F3}";
}
