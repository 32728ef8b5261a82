using Portal.Abstractions.Settings;
using Portal.Search.Analysis;
using Portal.Search.Contracts;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Tests.Analysis;

namespace Portal.Search.Tests;

/// <summary>
/// The corpus in a real on-disk index of a node of its own (a temporary App_Data/search), written as a source's
/// documents are and searched through <see cref="SearchService"/>.
/// </summary>
internal sealed class CorpusIndex : IDisposable
{
    public const string Source = "corpus";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));

    private CorpusIndex(AnalysisKind analysis, IEnumerable<SearchDocument> documents, ISettingsStore settings)
    {
        Node = new NodeIndexes(_root, "test-node");
        var index = LocalIndex.Create(Models.SearchIndexDefinition.Main, Node.FolderOf(Models.SearchIndexDefinition.Main), 1, analysis);
        foreach (var document in documents)
            index.Put(Source, document);
        index.Commit(checkpoint: 0);
        Node.Replace(index);
        Search = new SearchService(Node, settings);
    }

    public NodeIndexes Node { get; }

    public SearchService Search { get; }

    public static CorpusIndex Build(IEnumerable<CorpusDocument> corpus, AnalysisKind analysis, ISettingsStore? settings = null)
        => new(analysis, corpus.Select(ToDocument), settings ?? new SettingsInMemory());

    public static CorpusIndex Build(IEnumerable<SearchDocument> documents, ISettingsStore? settings = null)
        => new(AnalysisKind.Chinese, documents, settings ?? new SettingsInMemory());

    public static SearchDocument ToDocument(CorpusDocument d) => new()
    {
        Key = d.File,
        Type = "Law",
        TypeName = "法律法规",
        Title = d.Title,
        Text = d.Body,
        Url = "/laws/" + d.File,
    };

    public static string FileOf(string id) => id[(Source.Length + 1)..];

    public void Dispose()
    {
        Node.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Site settings held in memory, for searches run outside a site (synonyms).</summary>
internal sealed class SettingsInMemory : ISettingsStore
{
    private readonly Dictionary<string, object> _values = [];

    public Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default) where T : class
        => Task.FromResult(_values.GetValueOrDefault(key) as T);

    public Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default) where T : notnull
    {
        _values[key] = value;
        return Task.CompletedTask;
    }
}
