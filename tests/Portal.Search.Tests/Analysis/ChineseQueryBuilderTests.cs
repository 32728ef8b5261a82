using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;

namespace Portal.Search.Tests.Analysis;

public sealed class ChineseQueryBuilderTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "关于推进5G网络进村入户的通知",
        "新时代文明实践简报 2018年 第27期：志愿服务进社区",
        "苏简字1004号 关于表彰优秀志愿者的决定",
        "全民健身日活动安排",
    ];

    private readonly IndexAnalysis analysis = new(AnalysisKind.Chinese, RankingOptions.Default);
    private readonly RAMDirectory directory = new();

    public ChineseQueryBuilderTests()
    {
        using var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, analysis.Analyzer) { Similarity = analysis.Similarity });
        for (var i = 0; i < Texts.Length; i++)
        {
            var document = new Document { new StringField("id", i.ToString(), Field.Store.YES) };
            analysis.AddText(document, SearchFields.Title, Texts[i]);
            analysis.AddText(document, SearchFields.Body, "正文：" + Texts[i]);
            writer.AddDocument(document);
        }
    }

    [Theory]
    [InlineData("5G", 0)]
    [InlineData("5g网络", 0)]
    [InlineData("第27期", 1)]
    [InlineData("2018年", 1)]
    [InlineData("苏简字1004号", 2)]
    [InlineData("1004", 2)]
    public void MixedChineseLatinAndNumberText_IsFoundFirst(string query, int expected)
    {
        Assert.Equal(expected.ToString(), Top(query).FirstOrDefault());
    }

    [Fact]
    public void ExactPhrase_RanksAboveScatteredCharacters()
    {
        using var scattered = new IndexAnalysis(AnalysisKind.Chinese, RankingOptions.Default);
        using var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(IndexAnalysis.Version, scattered.Analyzer) { Similarity = scattered.Similarity }))
        {
            foreach (var (id, body) in new[] { ("scattered", "志愿者们在服务站开展技能培训工作"), ("phrase", "志愿服务站开展技能培训和志愿者工作") })
            {
                var document = new Document { new StringField("id", id, Field.Store.YES) };
                scattered.AddText(document, SearchFields.Body, body);
                writer.AddDocument(document);
            }
        }

        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader) { Similarity = scattered.Similarity };
        var top = searcher.Search(scattered.Queries.Build("志愿服务站"), 2).ScoreDocs;
        Assert.Equal("phrase", searcher.Doc(top[0].Doc).Get("id"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"志愿者")]
    [InlineData("AND OR NOT")]
    [InlineData("*?~^:\\/[]{}()")]
    [InlineData("title:志愿者 AND body:*")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void HostileInput_BuildsAQueryThatRuns(string? text)
    {
        _ = Top(text);
    }

    [Fact]
    public void TwoThousandCharacters_BuildAQueryThatRuns()
    {
        var text = string.Concat(Enumerable.Repeat("志愿服务5G第27期*\"(", 200))[..2_000];

        // The text that holds most of its words comes first; one that shares only 5G with it no longer matches.
        Assert.Equal(["1"], Top(text));
    }

    [Fact]
    public void TextWithoutTokens_MatchesNothing()
    {
        Assert.Empty(analysis.Queries.Build("，。！？ \"").Clauses);
    }

    private List<string> Top(string? text)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = analysis.Similarity };
        return searcher.Search(analysis.Queries.Build(text), 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("id")).ToList();
    }

    public void Dispose()
    {
        directory.Dispose();
        analysis.Dispose();
    }
}
