using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Abstractions.Display;
using Portal.Abstractions.Settings;
using Portal.Search.Analysis;
using Portal.Search.Contracts;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>Runs a search against this node's copy of an index: public documents only, filtered, counted per type and unit, one page highlighted.</summary>
internal sealed class SearchService(NodeIndexes node, ISettingsStore settings)
{
    /// <summary>Separates a facet's value from its name in the doc values (<c>Briefing␟简报</c>).</summary>
    public const char FacetSeparator = '\u001f';

    /// <summary>A query in another word of a synonym group counts a little less than the words typed.</summary>
    private const float SynonymBoost = 0.8f;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (request.Text.Length == 0)
            return SearchResults.Refused(request, "请输入要查找的词语。");
        if (node.Find(request.Index) is not { } index)
            return SearchResults.Refused(request, request.Index == Models.SearchIndexDefinition.Main
                ? "检索索引正在建立，请稍后再试。"
                : $"没有名为“{request.Index}”的检索索引。");

        var synonyms = await settings.GetAsync<SynonymSettings>(SynonymSettings.Key, cancellationToken) ?? new SynonymSettings();
        var text = request.Text.Length > ChineseQueryBuilder.MaxQueryLength ? request.Text[..ChineseQueryBuilder.MaxQueryLength] : request.Text;
        var query = TextQuery(index.Analysis, synonyms.Expand(text));
        if (query.Clauses.Count == 0)
            return SearchResults.Refused(request, "检索词里没有可以查找的文字或数字，请换个说法。");

        var results = index.Search(searcher => Run(searcher, index.Analysis, query, request));
        return results with
        {
            Notice = text.Length < request.Text.Length ? $"检索词太长，只按前 {ChineseQueryBuilder.MaxQueryLength} 个字查找。" : null,
        };
    }

    private static BooleanQuery TextQuery(IndexAnalysis analysis, IReadOnlyList<string> variants)
    {
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = analysis.Queries.Build(variants[i]);
            if (variant.Clauses.Count == 0)
                continue;
            if (i > 0)
                variant.Boost = SynonymBoost;
            query.Add(variant, Occur.SHOULD);
        }

        return query;
    }

    private static SearchResults Run(IndexSearcher searcher, IndexAnalysis analysis, Query query, SearchRequest request)
    {
        var wanted = request.Page * request.PageSize;
        var filter = Filter(request, withType: true, withUnit: true);
        ITopDocsCollector page = request.Sort == SearchSort.Newest
            ? TopFieldCollector.Create(Newest, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);

        // The counts take every filter but the facet's own, so the tabs show what choosing them would give. Without a
        // type or unit chosen that is the page's own filter: one pass collects the page and both counts.
        FacetCollector byType, byUnit;
        if (request.Types.Count == 0 && request.Unit is null)
        {
            byType = byUnit = new FacetCollector(Analysis.SearchFields.Type, Analysis.SearchFields.Unit);
            searcher.Search(query, filter, MultiCollector.Wrap(page, byType));
        }
        else
        {
            byType = new FacetCollector(Analysis.SearchFields.Type);
            searcher.Search(query, Filter(request, withType: false, withUnit: true), byType);
            byUnit = new FacetCollector(Analysis.SearchFields.Unit);
            searcher.Search(query, Filter(request, withType: true, withUnit: false), byUnit);
            searcher.Search(query, filter, page);
        }

        var top = page.GetTopDocs();
        var snippets = new Snippets(analysis, query, searcher.IndexReader);
        var hits = top.ScoreDocs.Skip((request.Page - 1) * request.PageSize)
            .Select(hit => ToHit(hit.Doc, searcher.Doc(hit.Doc), hit.Score, snippets))
            .ToList();
        return new SearchResults
        {
            Request = request,
            Total = top.TotalHits,
            Hits = hits,
            Types = Facets(byType.CountsOf(Analysis.SearchFields.Type)),
            Units = Facets(byUnit.CountsOf(Analysis.SearchFields.Unit)),
            Message = top.TotalHits == 0
                ? "没有找到相关结果。可以换个说法，或减少筛选条件。"
                : hits.Count == 0 ? $"共 {top.TotalHits} 条结果，没有第 {request.Page} 页。" : null,
        };
    }

    private static readonly Sort Newest = new(new SortField(Analysis.SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);

    private static Filter Filter(SearchRequest request, bool withType, bool withUnit)
    {
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(Analysis.SearchFields.Visibility, nameof(SearchVisibility.Public))), Occur.MUST },
        };
        if (withType && request.Types.Count > 0)
        {
            var types = new BooleanQuery();
            foreach (var type in request.Types)
                types.Add(new TermQuery(new Term(Analysis.SearchFields.Type, type)), Occur.SHOULD);
            filter.Add(types, Occur.MUST);
        }

        if (withUnit && request.Unit is { } unit)
            filter.Add(new TermQuery(new Term(Analysis.SearchFields.Unit, unit)), Occur.MUST);
        if (request.From is not null || request.To is not null)
        {
            long? from = request.From is { } f ? ChinaTime.DayStartUtc(f).Ticks : null;
            long? to = request.To is { } t ? ChinaTime.DayStartUtc(t.AddDays(1)).Ticks : null;
            filter.Add(NumericRangeQuery.NewInt64Range(Analysis.SearchFields.Date, from, to, minInclusive: true, maxInclusive: false), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }

    private static SearchHit ToHit(int doc, Lucene.Net.Documents.Document d, float score, Snippets snippets)
    {
        var title = d.Get(Analysis.SearchFields.StoredTitle) ?? "";
        var date = d.GetField(Analysis.SearchFields.Date)?.GetInt64Value() is { } ticks
            ? ChinaTime.FromUtc(new DateTime(ticks, DateTimeKind.Utc)).ToString("yyyy-MM-dd")
            : null;
        return new SearchHit(
            d.Get(Analysis.SearchFields.Id),
            d.Get(Analysis.SearchFields.Type),
            d.Get(Analysis.SearchFields.TypeName),
            title,
            snippets.Title(doc, title),
            snippets.Body(doc, d.Get(Analysis.SearchFields.StoredText) ?? ""),
            d.Get(Analysis.SearchFields.Url),
            d.Get(Analysis.SearchFields.Unit),
            d.Get(Analysis.SearchFields.UnitName),
            date,
            d.GetValues(Analysis.SearchFields.Tag),
            float.IsNaN(score) ? 0 : score);
    }

    private static IReadOnlyList<FacetCount> Facets(IReadOnlyDictionary<string, int> counts)
        => counts.Select(c => c.Key.Split(FacetSeparator, 2) is [var value, var name]
                ? new FacetCount(value, name, c.Value)
                : new FacetCount(c.Key, c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
}
