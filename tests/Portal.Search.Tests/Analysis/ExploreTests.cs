using Portal.Search.Analysis;
using Xunit.Abstractions;

namespace Portal.Search.Tests.Analysis;

/// <summary>The grid the ranking defaults were chosen from; run it by hand when a lever changes.</summary>
public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact(Skip = "Exploration, about 10 s: remove the skip and read the output to retune RankingOptions.")]
    public void RankingOptions_GridOnTheDevelopmentSet()
    {
        var grid =
            from bm25 in new[] { true, false }
            from title in new[] { 1f, 2f, 3f, 5f }
            from words in new[] { 0f, 0.5f, 1f }
            from bigrams in new[] { 0f, 1f, 2f }
            from phrase in new[] { 0f, 2f, 5f }
            from prox in new[] { 0f, 1f }
            where words + bigrams > 0
            select new RankingOptions { Bm25 = bm25, TitleBoost = title, WordsWeight = words, BigramsWeight = bigrams, PhraseBoost = phrase, ProximityBoost = prox };
        foreach (var (o, f) in RelevanceHarness.Explore(Corpus.Instance, grid.ToList()).OrderByDescending(r => r.Figures.Mrr).ThenByDescending(r => r.Figures.Recall))
            output.WriteLine($"{f} bm25={o.Bm25} title={o.TitleBoost} words={o.WordsWeight} bigrams={o.BigramsWeight} phrase={o.PhraseBoost} prox={o.ProximityBoost} misses: {string.Join(" | ", f.Misses)}");
    }
}
