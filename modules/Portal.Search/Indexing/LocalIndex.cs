using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;
using Portal.Search.Contracts;

namespace Portal.Search.Indexing;

/// <summary>
/// This node's copy of one index: a Lucene folder <c>g{generation}</c> under the index's folder, with
/// <c>state.json</c> beside the segments naming the analysis and the checkpoint (the last task of the log the
/// index contains). The state is written only after the index commits, so a crash between the two replays the
/// batch, which updates documents by id and so changes nothing twice. A folder without a state is an unfinished
/// rebuild and is thrown away.
/// </summary>
internal sealed class LocalIndex : IDisposable
{
    private const string StateFile = "state.json";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    private LocalIndex(string name, string folder, IndexState state)
    {
        Name = name;
        Folder = folder;
        State = state;
        Analysis = new IndexAnalysis(state.Analysis, RankingOptions.Default);
        _directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(IndexAnalysis.Version, Analysis.Analyzer)
        {
            Similarity = Analysis.Similarity,
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            // Compound files save file handles at the cost of writing every segment twice; one index per node needs few.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SimilaritySearcherFactory(Analysis.Similarity));
    }

    public string Name { get; }

    public string Folder { get; }

    public IndexState State { get; private set; }

    public IndexAnalysis Analysis { get; }

    /// <summary>The documents visible to searches (committed).</summary>
    public int Documents => Search(s => s.IndexReader.NumDocs);

    /// <summary>The newest complete copy under <paramref name="indexFolder"/>: its folder and state, or null when there is none.</summary>
    public static (string Folder, IndexState State)? FindNewest(string indexFolder)
    {
        if (!System.IO.Directory.Exists(indexFolder))
            return null;

        return System.IO.Directory.GetDirectories(indexFolder, "g*")
            .Select(folder => (Folder: folder, State: ReadState(folder)))
            .Where(c => c.State is not null)
            .OrderByDescending(c => c.State!.Generation)
            .ThenByDescending(c => System.IO.Directory.GetLastWriteTimeUtc(c.Folder))
            .Select(c => ((string Folder, IndexState State)?)(c.Folder, c.State!))
            .FirstOrDefault();
    }

    public static LocalIndex Open(string name, string folder, IndexState state) => new(name, folder, state);

    /// <summary>An empty copy of generation <paramref name="generation"/>, to be filled by a rebuild.</summary>
    public static LocalIndex Create(string name, string indexFolder, int generation, AnalysisKind analysis)
    {
        // A new folder every time: a rebuild never writes into the copy that searches are reading.
        var folder = Path.Combine(indexFolder, $"g{generation}-{DateTime.UtcNow:yyyyMMddHHmmssfff}");
        System.IO.Directory.CreateDirectory(folder);
        return new LocalIndex(name, folder, new IndexState(generation, analysis, Checkpoint: 0));
    }

    public void Put(string source, SearchDocument document)
    {
        var id = DocumentMapper.Id(source, document.Key);
        _writer.UpdateDocument(new Term(SearchFields.Id, id), DocumentMapper.ToLucene(Analysis, id, document));
    }

    public void Delete(string source, string key)
        => _writer.DeleteDocuments(new Term(SearchFields.Id, DocumentMapper.Id(source, key)));

    /// <summary>Commits the index, then records <paramref name="checkpoint"/> beside it, then shows the changes to searches.</summary>
    public void Commit(long checkpoint)
    {
        _writer.Commit();
        State = State with { Checkpoint = checkpoint };
        WriteState(Folder, State);
        _searchers.MaybeRefreshBlocking();
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index and deletes its folder (a copy replaced by a newer generation).</summary>
    public void Discard()
    {
        Dispose();
        try
        {
            System.IO.Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next open, which deletes folders of older generations.
        }
    }

    /// <summary>
    /// Deletes the copies under <paramref name="indexFolder"/> that <paramref name="keep"/> (of generation
    /// <paramref name="keepGeneration"/>) replaces: every other complete copy, and unfinished folders of older
    /// generations. An unfinished folder of its generation or a newer one may be a rebuild in progress — the command
    /// line's, while the site opens its copy — and stays.
    /// </summary>
    public static void DeleteOthers(string indexFolder, string keep, int keepGeneration)
    {
        foreach (var folder in System.IO.Directory.GetDirectories(indexFolder, "g*").Where(f => f != keep))
        {
            var unfinished = ReadState(folder) is null;
            if (unfinished && (GenerationOf(folder) ?? int.MaxValue) >= keepGeneration)
                continue;
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The generation a copy's folder is named after (<c>g{generation}-{time}</c>), or null for another name.</summary>
    private static int? GenerationOf(string folder)
    {
        var name = Path.GetFileName(folder);
        var dash = name.IndexOf('-');
        return dash > 1 && int.TryParse(name.AsSpan(1, dash - 1), out var generation) ? generation : null;
    }

    private static IndexState? ReadState(string folder)
    {
        var file = Path.Combine(folder, StateFile);
        if (!File.Exists(file))
            return null;
        try
        {
            return JsonSerializer.Deserialize<IndexState>(File.ReadAllText(file));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteState(string folder, IndexState state)
    {
        var file = Path.Combine(folder, StateFile);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state));
        File.Move(temporary, file, overwrite: true);
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        Analysis.Dispose();
    }

    private sealed class SimilaritySearcherFactory(Lucene.Net.Search.Similarities.Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}

/// <summary>What <c>state.json</c> holds.</summary>
internal sealed record IndexState(int Generation, AnalysisKind Analysis, long Checkpoint);
