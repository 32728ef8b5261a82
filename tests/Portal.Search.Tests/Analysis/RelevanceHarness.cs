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
using Portal.Search.Querying;

namespace Portal.Search.Tests.Analysis;

/// <summary>Scores a way of indexing and querying the corpus by MRR@10 and recall@10 over the development set.</summary>
internal static class RelevanceHarness
{
    private const int Depth = 10;

    /// <summary>
    /// Ours, through the real pipeline: the documents go through <c>LocalIndex</c> on disk as a source's documents
    /// do, the queries through <see cref="SearchService"/> as /search sends them (page of 10, no filters).
    /// </summary>
    public static async Task<RelevanceFigures> OursAsync(Corpus corpus)
    {
        using var index = CorpusIndex.Build(corpus.Documents, AnalysisKind.Chinese);
        return await EvaluateAsync(corpus, async text =>
        {
            var results = await index.Search.SearchAsync(new SearchRequest { Text = text, PageSize = Depth }, CancellationToken.None);
            return results.Hits.Select(h => CorpusIndex.FileOf(h.Id)).ToList();
        });
    }

    /// <summary>
    /// A stock analyzer as Orchard Core and most sites use one: title and body through the same analyzer,
    /// the query through the classic multi-field parser with the title weighted 3×.
    /// </summary>
    public static async Task<RelevanceFigures> StockAsync(Corpus corpus, string name)
    {
        using Analyzer analyzer = name switch
        {
            nameof(StandardAnalyzer) => new StandardAnalyzer(IndexAnalysis.Version),
            nameof(SmartChineseAnalyzer) => new SmartChineseAnalyzer(IndexAnalysis.Version),
            nameof(CJKAnalyzer) => new CJKAnalyzer(IndexAnalysis.Version),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var parser = new MultiFieldQueryParser(IndexAnalysis.Version, ["title", "body"], analyzer,
            new Dictionary<string, float> { ["title"] = 3f, ["body"] = 1f });

        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, analyzer)))
        {
            foreach (var d in corpus.Documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField("file", d.File, Field.Store.YES),
                    new TextField("title", d.Title, Field.Store.NO),
                    new TextField("body", d.Body, Field.Store.NO),
                });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new DefaultSimilarity() };
        return await EvaluateAsync(corpus, text => Task.FromResult<IReadOnlyList<string>>(
            searcher.Search(parser.Parse(QueryParserBase.Escape(text)), Depth).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc).Get("file"))
                .ToList()));
    }

    private static async Task<RelevanceFigures> EvaluateAsync(Corpus corpus, Func<string, Task<IReadOnlyList<string>>> top10)
    {
        double reciprocalRanks = 0, recall = 0;
        var misses = new List<string>();
        foreach (var q in corpus.Queries)
        {
            var top = (await top10(q.Text)).ToList();
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
