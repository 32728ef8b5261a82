using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Search.Analysis;
using Portal.Search.Contracts;

namespace Portal.Search.Indexing;

/// <summary>A source's document as Lucene stores it: analyzed title and body, stored fields for the result list, doc values for sorting and counting.</summary>
internal static class DocumentMapper
{
    public static string Id(string source, string key) => source + "/" + key;

    public static Document ToLucene(IndexAnalysis analysis, string id, SearchDocument d)
    {
        var body = d.Tags.Count == 0 ? d.Text : d.Text + "\n" + string.Join(' ', d.Tags);
        var document = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new StringField(SearchFields.Type, d.Type, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(d.Type + Querying.SearchService.FacetSeparator + d.TypeName)),
            new StoredField(SearchFields.TypeName, d.TypeName),
            new StringField(SearchFields.Visibility, d.Visibility.ToString(), Field.Store.NO),
            new StoredField(SearchFields.Url, d.Url),
            new StoredField(SearchFields.StoredTitle, d.Title),
            new StoredField(SearchFields.StoredText, d.Text),
        };
        analysis.AddText(document, SearchFields.Title, d.Title);
        analysis.AddText(document, SearchFields.Body, body);

        if (d.Unit is { } unit)
        {
            document.Add(new StringField(SearchFields.Unit, unit.Code, Field.Store.YES));
            document.Add(new SortedDocValuesField(SearchFields.Unit, new BytesRef(unit.Code + Querying.SearchService.FacetSeparator + unit.Name)));
            document.Add(new StoredField(SearchFields.UnitName, unit.Name));
        }

        if (d.DateUtc is { } date)
        {
            var ticks = DateTime.SpecifyKind(date, DateTimeKind.Utc).Ticks;
            document.Add(new Int64Field(SearchFields.Date, ticks, Field.Store.YES));
            document.Add(new NumericDocValuesField(SearchFields.Date, ticks));
        }

        foreach (var tag in d.Tags)
            document.Add(new StringField(SearchFields.Tag, tag, Field.Store.YES));
        return document;
    }
}
