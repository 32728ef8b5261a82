using Portal.Search.Contracts;
using Portal.Search.Querying;

namespace Portal.Search.Tests.Querying;

/// <summary>The query side on documents made for the case: units, visibility, title weight, dates in China time, synonyms.</summary>
public sealed class SearchServiceTests : IDisposable
{
    private static readonly SearchUnit Chengjiang = new("CJ", "澄江街道新时代文明实践所");
    private static readonly SearchUnit Nanjie = new("NJ", "南街社区新时代文明实践站");

    private readonly SettingsInMemory _settings = new();
    private readonly CorpusIndex _index;

    public SearchServiceTests()
    {
        _index = CorpusIndex.Build(
        [
            Document("title", "广场舞健身展示", "社区居民参加展示。", Chengjiang, new DateTime(2026, 3, 31, 16, 30, 0, DateTimeKind.Utc)),
            Document("body", "社区文化活动安排", "本周六举行广场舞健身展示，欢迎居民参加。", Nanjie, new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc)),
            Document("internal", "广场舞健身展示内部安排", "仅限工作人员。", Nanjie, new DateTime(2026, 4, 2, 0, 0, 0, DateTimeKind.Utc), SearchVisibility.Internal),
            Document("volunteers", "志愿者招募", "招募志愿者参加重阳敬老活动。", null, null),
        ], _settings);
    }

    [Fact]
    public async Task ATitleMatch_RanksAboveTheSameWordsInABody()
    {
        var results = await SearchAsync(new SearchRequest { Text = "广场舞健身展示" });

        Assert.Equal(["corpus/title", "corpus/body"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task InternalDocuments_AreNeverShown_NorCounted()
    {
        var results = await SearchAsync(new SearchRequest { Text = "仅限工作人员" });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Types);
    }

    [Fact]
    public async Task UnitFilter_KeepsTheUnitsDocuments_AndTheUnitCountsIgnoreIt()
    {
        var results = await SearchAsync(new SearchRequest { Text = "广场舞", Unit = "NJ" });

        Assert.Equal(["corpus/body"], results.Hits.Select(h => h.Id));
        Assert.Equal("南街社区新时代文明实践站", results.Hits[0].UnitName);
        Assert.Equal([("CJ", 1), ("NJ", 1)], results.Units.Select(u => (u.Value, u.Count)).Order());
    }

    [Fact]
    public async Task DateRange_IsReadInChinaTime()
    {
        // 2026-03-31 16:30 UTC is 2026-04-01 00:30 in China: both documents fall on 1 April there.
        var april = await SearchAsync(new SearchRequest { Text = "广场舞", From = new DateOnly(2026, 4, 1), To = new DateOnly(2026, 4, 1) });
        var march = await SearchAsync(new SearchRequest { Text = "广场舞", To = new DateOnly(2026, 3, 31) });

        Assert.Equal(2, april.Total);
        Assert.Equal("2026-04-01", april.Hits.First(h => h.Id == "corpus/title").Date);
        Assert.Equal(0, march.Total);
    }

    [Fact]
    public async Task Synonyms_FindTheOtherWord_AndMarkIt()
    {
        Assert.Equal(0, (await SearchAsync(new SearchRequest { Text = "义工" })).Total);

        await _settings.SetAsync(SynonymSettings.Key, SynonymSettings.Parse("义工, 志愿者").Settings);
        var results = await SearchAsync(new SearchRequest { Text = "义工" });

        Assert.Equal("corpus/volunteers", Assert.Single(results.Hits).Id);
        Assert.Equal("<mark>志愿者</mark>招募", results.Hits[0].TitleHtml);
    }

    [Theory]
    [InlineData("义工,志愿者\n\n老人 ⇄ 老年人", 2, null)]
    [InlineData("义工", 0, "第 1 行只有一个词“义工”")]
    [InlineData("义工，志愿者\n一二三四五六七八九十一二三四五六七八九十一, 长词", 1, "第 2 行的")]
    public void SynonymText_IsReadLineByLine(string text, int groups, string? error)
    {
        var (settings, errors) = SynonymSettings.Parse(text);

        Assert.Equal(groups, settings.Groups.Count);
        if (error is null)
            Assert.Empty(errors);
        else
            Assert.Contains(error, Assert.Single(errors));
    }

    private Task<SearchResults> SearchAsync(SearchRequest request) => _index.Search.SearchAsync(request, CancellationToken.None);

    private static SearchDocument Document(string key, string title, string text, SearchUnit? unit, DateTime? date,
        SearchVisibility visibility = SearchVisibility.Public) => new()
    {
        Key = key,
        Type = "News",
        TypeName = "新闻",
        Title = title,
        Text = text,
        Url = "/news/" + key,
        Unit = unit,
        DateUtc = date,
        Visibility = visibility,
    };

    public void Dispose() => _index.Dispose();
}
