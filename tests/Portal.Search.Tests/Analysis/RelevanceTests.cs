using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Xunit.Abstractions;

namespace Portal.Search.Tests.Analysis;

/// <summary>
/// Our search (index and query pipeline) against the three stock analyzers on the shared corpus and development set, in the same run.
/// The set tells good ranking from bad; nothing here knows its queries or documents.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task OurSearch_RanksTheDevelopmentSetAboveEveryStockAnalyzer()
    {
        var corpus = Corpus.Instance;
        var ours = await RelevanceHarness.OursAsync(corpus);
        var stock = new Dictionary<string, RelevanceFigures>();
        foreach (var name in new[] { nameof(StandardAnalyzer), nameof(SmartChineseAnalyzer), nameof(CJKAnalyzer) })
            stock[name] = await RelevanceHarness.StockAsync(corpus, name);

        output.WriteLine($"{corpus.Documents.Count} documents, {corpus.Queries.Count} queries");
        output.WriteLine($"{"ours (words + bigrams)",-24} {ours}");
        foreach (var (name, figures) in stock)
            output.WriteLine($"{name,-24} {figures}");
        foreach (var miss in ours.Misses)
            output.WriteLine("  " + miss);

        Assert.True(ours.Mrr >= 0.97, $"MRR@10 {ours.Mrr:F3} is below 0.97");
        Assert.True(ours.Recall >= 1.0, $"recall@10 {ours.Recall:F3} is below 1.0");
        var best = stock.MaxBy(s => s.Value.Mrr);
        Assert.True(ours.Mrr >= best.Value.Mrr, $"MRR@10 {ours.Mrr:F3} is below {best.Key}'s {best.Value.Mrr:F3}");
    }
}
