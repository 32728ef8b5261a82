using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Portal.Search.Analysis;
using Portal.Search.Querying;

namespace Portal.Search.Tests.Querying;

/// <summary>Snippets read the tokens' offsets from the term vectors, and mark a copy written without them the same way.</summary>
public sealed class SnippetsTests : IDisposable
{
    private const string Text = "加强业务培训，坚持先培训再上岗，让志愿者了解和掌握文明实践的工作目标、内容和要求。<b>标签</b>";

    private readonly IndexAnalysis analysis = new(AnalysisKind.Chinese, RankingOptions.Default);
    private readonly RAMDirectory directory = new();

    [Fact]
    public void WithAndWithoutTermVectors_TheSameWordsAreMarked_AndTheTextIsEscaped()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, analysis.Analyzer)))
        {
            // 0: as the index writes it (term vectors on the highlighted sub-field), with a tag after the text.
            var withVectors = new Document();
            analysis.AddText(withVectors, SearchFields.Title, "志愿者培训");
            analysis.AddText(withVectors, SearchFields.Body, Text + "\n先进集体");
            writer.AddDocument(withVectors);

            // 1: a copy written before the vectors were kept.
            var without = new Document();
            foreach (var field in SearchFields.Texts)
            {
                foreach (var sub in analysis.SubFields)
                    without.Add(new TextField(SearchFields.Sub(field, sub.Suffix), field == SearchFields.Title ? "志愿者培训" : Text, Field.Store.NO));
            }

            writer.AddDocument(without);
        }

        using var reader = DirectoryReader.Open(directory);
        var query = analysis.Queries.Build("志愿者培训");
        var snippets = new Snippets(analysis, query, reader);

        Assert.NotNull(reader.GetTermVector(0, analysis.HighlightField(SearchFields.Body)));
        Assert.Null(reader.GetTermVector(1, analysis.HighlightField(SearchFields.Body)));
        var body = snippets.Body(0, Text);
        Assert.Equal(body, snippets.Body(1, Text));
        Assert.Contains("<mark>培训</mark>", body);
        Assert.Contains("<mark>志愿者</mark>", body);
        Assert.Contains("&lt;b&gt;", body);
        Assert.Equal("<mark>志愿者</mark><mark>培训</mark>", snippets.Title(0, "志愿者培训"));
        Assert.Equal(snippets.Title(0, "志愿者培训"), snippets.Title(1, "志愿者培训"));
    }

    public void Dispose()
    {
        directory.Dispose();
        analysis.Dispose();
    }
}
