using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Portal.Search.Analysis;

/// <summary>
/// The analysis of an index: which analyzers read each text field, the similarity that scores them, and the
/// query builder that searches them. Indexing and querying share this one object so both sides always cut text
/// the same way.
/// </summary>
internal sealed class IndexAnalysis : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly List<Analyzer> _owned = [];

    public IndexAnalysis(AnalysisKind kind, RankingOptions options)
    {
        Kind = kind;
        Options = options;
        SubFields = kind switch
        {
            AnalysisKind.Chinese => [new(SearchFields.WordsSuffix, Own(new SmartChineseAnalyzer(Version)), options.WordsWeight),
                                     new(SearchFields.BigramsSuffix, Own(new CJKAnalyzer(Version)), options.BigramsWeight)],
            AnalysisKind.SmartCn => [new(SearchFields.WordsSuffix, Own(new SmartChineseAnalyzer(Version)), 1f)],
            AnalysisKind.Cjk => [new(SearchFields.BigramsSuffix, Own(new CJKAnalyzer(Version)), 1f)],
            _ => [new(SearchFields.CharsSuffix, Own(new StandardAnalyzer(Version)), 1f)],
        };

        var perField = new Dictionary<string, Analyzer>();
        foreach (var field in SearchFields.Texts)
        {
            foreach (var sub in SubFields)
                perField[SearchFields.Sub(field, sub.Suffix)] = sub.Analyzer;
        }

        // Fields not listed (ids, types, units) are StringFields and never analyzed.
        Analyzer = new PerFieldAnalyzerWrapper(SubFields[^1].Analyzer, perField);
        Similarity = options.Bm25 ? new Bm25(options.Coordination) : new DefaultSimilarity();
        Queries = new ChineseQueryBuilder(this);
    }

    public AnalysisKind Kind { get; }

    public RankingOptions Options { get; }

    /// <summary>Each text field is indexed once per sub-field, e.g. <c>body.words</c> and <c>body.bigrams</c>.</summary>
    public IReadOnlyList<SubField> SubFields { get; }

    public Analyzer Analyzer { get; }

    public Similarity Similarity { get; }

    public ChineseQueryBuilder Queries { get; }

    /// <summary>
    /// The sub-field whose tokens mark the snippets: the first (words rather than bigrams). Bigrams overlap (志愿,
    /// 愿者, 者培), and the highlighter marks a run of overlapping tokens as one, which would mark a whole sentence.
    /// </summary>
    public string HighlightField(string field) => SearchFields.Sub(field, SubFields[0].Suffix);

    /// <summary>
    /// Adds a text field to a document under each of its analyses. The highlighted sub-field also keeps its tokens'
    /// offsets as term vectors, so snippets are marked without segmenting the text again.
    /// </summary>
    public void AddText(Document document, string field, string text)
    {
        foreach (var sub in SubFields)
            document.Add(new Field(SearchFields.Sub(field, sub.Suffix), text, sub == SubFields[0] ? HighlightedText : TextField.TYPE_NOT_STORED));
    }

    private static readonly FieldType HighlightedText = new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    }.Freeze();

    private Analyzer Own(Analyzer analyzer)
    {
        _owned.Add(analyzer);
        return analyzer;
    }

    public void Dispose()
    {
        Analyzer.Dispose();
        foreach (var analyzer in _owned)
            analyzer.Dispose();
    }
}

/// <summary>BM25, with the squared coordination factor when asked (see <see cref="RankingOptions.Coordination"/>).</summary>
internal sealed class Bm25(bool coordination) : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => coordination ? MathF.Pow(overlap / (float)maxOverlap, 2) : 1f;
}

/// <summary>One analysis of a text field and the weight its matches carry.</summary>
internal sealed record SubField(string Suffix, Analyzer Analyzer, float Weight);
