using System.Diagnostics;
using System.Text;
using Portal.Search.Analysis;
using Portal.Search.Contracts;
using Portal.Search.Indexing;
using Portal.Search.Sources;

namespace Portal.Search.Bench;

/// <summary>
/// Indexing measured against the least it can cost: the analysis alone (every sub-field analyzer over every title
/// and body, all tokens consumed), then the real pipeline (a new on-disk copy, every document put, one commit).
/// </summary>
internal static class IndexingBench
{
    private const int WarmUpDocuments = 2000;

    /// <summary>
    /// Generates the documents, measures the analysis alone (after a warm-up on a sample) and then the pipeline, which
    /// leaves its copy under <paramref name="indexFolder"/>; prints the figures. The documents are dropped on return.
    /// </summary>
    public static IndexingFigures Run(Corpus corpus, int count, string indexFolder, long checkpoint)
    {
        var documents = CorpusDocuments.Generate(corpus, count);
        var bytes = Bytes(documents);
        Console.WriteLine($"documents: {documents.Count} from {corpus.Laws.Count} laws (seed {CorpusDocuments.Seed}), {bytes / 1048576.0:F1} MB of UTF-8 text, "
            + $"{documents.Average(x => x.Text.Length):F0} characters of body on average");
        Console.WriteLine("           " + string.Join(" · ", documents.GroupBy(x => x.TypeName).Select(g => $"{g.Key} {g.Count()}"))
            + $" · with a unit {documents.Count(x => x.Unit is not null)} · {documents.Min(x => x.DateUtc):yyyy}–{documents.Max(x => x.DateUtc):yyyy}");

        Console.WriteLine();
        Console.WriteLine("indexing");
        using var analysis = new IndexAnalysis(AnalysisKind.Chinese, RankingOptions.Default);
        AnalysisAlone("warm-up", analysis, documents.Take(WarmUpDocuments).ToList());
        var (alone, tokens) = AnalysisAlone("analysis alone (words + bigrams)", analysis, documents);
        Console.WriteLine(alone + $"   {tokens / (double)documents.Count:F0} tokens/doc");
        var (pipeline, folder, close) = Pipeline("pipeline (Create + Put × N + Commit)", indexFolder, documents, checkpoint);
        Console.WriteLine(pipeline + $"   then {close.TotalSeconds:F1} s to close (waits for merges)");

        var ratio = pipeline.DocumentsPerSecond / alone.DocumentsPerSecond;
        var indexBytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine($"pipeline / analysis alone: {ratio:F2}   index on disk {indexBytes / 1048576.0:F1} MiB ({indexBytes / (double)bytes:F2} × the text)");
        return new IndexingFigures(ratio, folder);
    }

    /// <summary>Runs every sub-field analyzer of <paramref name="analysis"/> over the texts the mapper gives it.</summary>
    private static (Throughput Throughput, long Tokens) AnalysisAlone(string name, IndexAnalysis analysis, IReadOnlyList<SearchDocument> documents)
    {
        Settle();
        var tokens = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            foreach (var (field, text) in Texts(document))
            {
                foreach (var sub in analysis.SubFields)
                    tokens += Consume(analysis, SearchFields.Sub(field, sub.Suffix), text);
            }
        }

        var elapsed = clock.Elapsed;
        return (new Throughput(name, documents.Count, Bytes(documents), elapsed), tokens);
    }

    /// <summary>
    /// Builds generation 1 of the index <c>main</c> under <paramref name="indexFolder"/> as a rebuild does, with
    /// <paramref name="checkpoint"/> as its place in the log. The time excludes closing the writer, which waits for
    /// background merges; that is returned apart.
    /// </summary>
    private static (Throughput Throughput, string Folder, TimeSpan Close) Pipeline(string name, string indexFolder, IReadOnlyList<SearchDocument> documents, long checkpoint)
    {
        Settle();
        var clock = Stopwatch.StartNew();
        var index = LocalIndex.Create("main", indexFolder, generation: 1, AnalysisKind.Chinese);
        foreach (var document in documents)
            index.Put(ContentSearchSource.SourceName, document);
        index.Commit(checkpoint);
        var elapsed = clock.Elapsed;

        var folder = index.Folder;
        clock.Restart();
        index.Dispose();
        return (new Throughput(name, documents.Count, Bytes(documents), elapsed), folder, clock.Elapsed);
    }

    /// <summary>UTF-8 bytes of the analyzed texts (title and body with tags).</summary>
    private static long Bytes(IEnumerable<SearchDocument> documents)
        => documents.Sum(d => Texts(d).Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)));

    // What DocumentMapper analyzes: the title, and the text with the tags after it.
    private static IEnumerable<(string Field, string Text)> Texts(SearchDocument d)
    {
        yield return (SearchFields.Title, d.Title);
        yield return (SearchFields.Body, d.Tags.Count == 0 ? d.Text : d.Text + "\n" + string.Join(' ', d.Tags));
    }

    private static long Consume(IndexAnalysis analysis, string field, string text)
    {
        var tokens = 0L;
        using var stream = analysis.Analyzer.GetTokenStream(field, text);
        stream.Reset();
        while (stream.IncrementToken())
            tokens++;
        stream.End();
        return tokens;
    }

    // Each measurement starts without the garbage of the one before.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>What the query part needs of the indexing part: the ratio against its target, and where the copy is.</summary>
internal sealed record IndexingFigures(double Ratio, string Folder);

internal sealed record Throughput(string Name, int Documents, long Bytes, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Bytes / 1048576.0 / Elapsed.TotalSeconds;

    public override string ToString()
        => $"{Name,-38} {DocumentsPerSecond,8:F0} docs/s   {MegabytesPerSecond,6:F2} MB/s   {Elapsed.TotalSeconds,6:F1} s";
}
