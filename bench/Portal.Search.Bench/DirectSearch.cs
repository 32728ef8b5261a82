using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;
using Portal.Search.Contracts;
using Portal.Search.Querying;

namespace Portal.Search.Bench;

/// <summary>
/// The same index read in the bench's own process, read-only, to tell what a page costs Lucene itself from what the
/// site adds around it (HTTP, routing, settings, JSON).
/// </summary>
internal sealed class DirectSearch : IDisposable
{
    public const int PageSize = 10;

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IndexAnalysis _analysis;
    private readonly SynonymSettings _synonyms;

    // A new filter per search, as the site makes one per request: nothing is cached between queries.
    private static Filter PublicOnly => new QueryWrapperFilter(new BooleanQuery
    {
        { new TermQuery(new Term(SearchFields.Visibility, nameof(SearchVisibility.Public))), Occur.MUST },
    });

    public DirectSearch(string folder, IndexAnalysis analysis, SynonymSettings synonyms)
    {
        _directory = FSDirectory.Open(folder);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = analysis.Similarity };
        _analysis = analysis;
        _synonyms = synonyms;
    }

    public int Documents => _reader.NumDocs;

    public int Segments => _reader.Leaves.Count;

    /// <summary>
    /// A page as Lucene serves it: the query the site builds for the text, the top ten, their stored fields, and
    /// (when <paramref name="highlight"/>) their title and snippet marked by the site's <see cref="Snippets"/>.
    /// Returns the number of matches.
    /// </summary>
    public int Page(string text, bool highlight)
    {
        var query = _analysis.Queries.Build(text);
        var top = _searcher.Search(query, PageSize);
        Read(top, highlight ? new Snippets(_analysis, query, _reader) : null);
        return top.TotalHits;
    }

    /// <summary>
    /// All that <c>/api/search</c> asks of Lucene for a text: its synonym variants, the public-only filter, a count
    /// per type and one per unit, then the highlighted page (as SearchService runs them).
    /// </summary>
    public int SitePage(string text)
    {
        var query = SiteQuery(text);
        Count(query);
        var top = _searcher.Search(query, PublicOnly, PageSize);
        Read(top, new Snippets(_analysis, query, _reader));
        return top.TotalHits;
    }

    /// <summary>Only the two counting passes of <see cref="SitePage"/>: what the type and unit counts cost.</summary>
    public void Counts(string text) => Count(SiteQuery(text));

    /// <summary>The synonym groups the setup recipe gives the site, so both sides expand a query alike.</summary>
    public static SynonymSettings RecipeSynonyms(string recipeFile)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(recipeFile));
        foreach (var step in recipe.RootElement.GetProperty("steps").EnumerateArray())
        {
            if (step.GetProperty("name").GetString() == "settings"
                && step.TryGetProperty("values", out var values)
                && values.TryGetProperty(SynonymSettings.Key, out var synonyms))
                return synonyms.Deserialize<SynonymSettings>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? new SynonymSettings();
        }

        return new SynonymSettings();
    }

    // As SearchService builds it: the text as typed, then each synonym variant at its SynonymBoost (0.8).
    private BooleanQuery SiteQuery(string text)
    {
        var query = new BooleanQuery();
        var variants = _synonyms.Expand(text);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = _analysis.Queries.Build(variants[i]);
            if (variant.Clauses.Count == 0)
                continue;
            if (i > 0)
                variant.Boost = 0.8f;
            query.Add(variant, Occur.SHOULD);
        }

        return query;
    }

    private void Count(Query query)
    {
        var byType = new FacetCollector(SearchFields.Type);
        _searcher.Search(query, PublicOnly, byType);
        _ = byType.CountsOf(SearchFields.Type);
        var byUnit = new FacetCollector(SearchFields.Unit);
        _searcher.Search(query, PublicOnly, byUnit);
        _ = byUnit.CountsOf(SearchFields.Unit);
    }

    private void Read(TopDocs top, Snippets? snippets)
    {
        foreach (var hit in top.ScoreDocs)
        {
            var document = _searcher.Doc(hit.Doc);
            var title = document.Get(SearchFields.StoredTitle) ?? "";
            var text = document.Get(SearchFields.StoredText) ?? "";
            if (snippets is null)
                continue;
            snippets.Title(hit.Doc, title);
            snippets.Body(hit.Doc, text);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
