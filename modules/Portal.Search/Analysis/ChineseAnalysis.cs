using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Portal.Search.Analysis;

/// <summary>
/// The analysis of an index: which analyzer reads which field, the similarity that scores them, and the
/// query builder that searches them. Indexing and querying share this one object so both sides always
/// cut text the same way.
/// </summary>
internal sealed class ChineseAnalysis : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SmartChineseAnalyzer words = new(Version);
    private readonly CJKAnalyzer bigrams = new(Version);

    public ChineseAnalysis(RankingOptions options)
    {
        Options = options;
        var perField = new Dictionary<string, Analyzer>();
        foreach (var field in SearchFields.Texts)
        {
            perField[SearchFields.Words(field)] = words;
            perField[SearchFields.Bigrams(field)] = bigrams;
        }

        // Fields not listed (ids, types, units) are indexed as StringField and never analyzed; the
        // bigram analyzer is only the fallback for a text field a later source may add.
        Analyzer = new PerFieldAnalyzerWrapper(bigrams, perField);
        Similarity = options.Bm25 ? new BM25Similarity() : new DefaultSimilarity();
        Queries = new ChineseQueryBuilder(this);
    }

    public RankingOptions Options { get; }

    public Analyzer Analyzer { get; }

    public Similarity Similarity { get; }

    public ChineseQueryBuilder Queries { get; }

    /// <summary>Adds a text field to a document under both of its analyses.</summary>
    public static void AddText(Document document, string field, string text)
    {
        document.Add(new TextField(SearchFields.Words(field), text, Field.Store.NO));
        document.Add(new TextField(SearchFields.Bigrams(field), text, Field.Store.NO));
    }

    public void Dispose()
    {
        Analyzer.Dispose();
        words.Dispose();
        bigrams.Dispose();
    }
}
