using System.Diagnostics;
using System.Text.Json;
using Portal.Search.Analysis;
using Portal.Search.Bench;

// dotnet run -c Release --project bench/Portal.Search.Bench [-- documents [requests]]
// Builds an index of corpus-like documents as the site's rebuild does, starts the real site on it as a process of its
// own, and measures indexing against the analysis alone, /api/search against Lucene's own work, and the site's memory.
// It prints figures beside the targets; nothing is asserted.
var documentCount = args.Length > 0 && int.TryParse(args[0], out var d) ? d : 50_000;
var requests = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 1000;
const int QueryCount = 40;
// The reference runs only explain the main two; running them less keeps the whole run to a few minutes.
const int ReferenceEvery = 4;
const int WarmUpRounds = 2;
// Above every id the setup recipe writes to the indexing log, so the site applies none of them to this copy.
const long Checkpoint = 1_000_000;

var total = Stopwatch.StartNew();
Console.WriteLine($"Portal search benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {documentCount} documents · {requests} requests per run");
Console.WriteLine($"load average at start: {LoadAverage()} (other work on the machine skews every figure)");
Console.WriteLine();

var corpus = Corpus.Load();
var folder = Directory.CreateTempSubdirectory("portal-search-bench-").FullName;
SiteProcess? site = null;
try
{
    // 1. Indexing, into the folder the site will open as its copy of the index "main".
    var indexing = IndexingBench.Run(corpus, documentCount, Path.Combine(folder, "search", "main"), Checkpoint);
    GC.Collect();

    // 2. Queries over HTTP, against the real site serving that copy.
    using var analysis = new IndexAnalysis(AnalysisKind.Chinese, RankingOptions.Default);
    var queries = BenchQueries.Make(corpus, analysis, QueryCount);
    Console.WriteLine();
    Console.WriteLine($"queries: {queries.Count} ({corpus.DevQueries.Count} of the development set, {queries.Count - corpus.DevQueries.Count} short ones from titles: "
        + string.Join(" ", queries.Skip(corpus.DevQueries.Count).Take(6)) + " …), cycled, one at a time, a page of 10 with highlights");

    var starting = Stopwatch.StartNew();
    site = await SiteProcess.StartAsync(folder, TimeSpan.FromMinutes(3));
    Console.WriteLine($"site: pid {site.Id} at {site.Address} answered /health after {starting.Elapsed.TotalSeconds:F1} s (migrations + setup recipe)");

    using var http = new HttpClient { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(30) };
    using var direct = new DirectSearch(indexing.Folder, analysis, DirectSearch.RecipeSynonyms(Path.Combine(AppContext.BaseDirectory, "recipes", "jiangyin-pilot.recipe.json")));
    var served = await ServedTotalAsync(http, queries[0], TimeSpan.FromSeconds(60));
    var expected = direct.SitePage(queries[0]);
    Console.WriteLine($"site serves the bench's index: “{queries[0]}” → total {served} over HTTP, {expected} read directly ({direct.Documents} documents, {direct.Segments} segments)");
    if (served != expected)
        throw new InvalidOperationException("The site does not serve the index the bench built (totals differ); its output:\n" + site.OutputTail);

    // Each query goes over HTTP, then straight to Lucene in this process, one after the other: both see the machine
    // as it is at that moment, which keeps the ratio fair when other work comes and goes.
    var overHttp = new Latency("GET /api/search?q=…&size=10");
    var lucene = new Latency("Lucene: page + highlights");
    var plain = new Latency("Lucene: page, no highlights");
    var siteWork = new Latency("Lucene: all /api/search asks of it");
    var counts = new Latency("Lucene: its type and unit counts alone");
    var responseBytes = 0L;
    for (var i = 0; i < WarmUpRounds * queries.Count; i++)
        await RunAsync(queries[i % queries.Count], measured: false, references: true);
    var memory = MemorySampler.Start(site.ResidentBytes, TimeSpan.FromMilliseconds(100));
    for (var i = 0; i < requests; i++)
    {
        // The references run on every fourth round of the queries, each round covering them all.
        await RunAsync(queries[i % queries.Count], measured: true, references: i / queries.Count % ReferenceEvery == 0);
    }

    await memory.StopAsync();

    async Task RunAsync(string text, bool measured, bool references)
    {
        await Measured(overHttp).TimeAsync(async () =>
        {
            var bytes = await SearchAsync(http, text);
            if (measured)
                responseBytes += bytes;
        });
        Measured(lucene).Time(() => direct.Page(text, highlight: true));
        if (!references)
            return;
        Measured(plain).Time(() => direct.Page(text, highlight: false));
        Measured(siteWork).Time(() => direct.SitePage(text));
        Measured(counts).Time(() => direct.Counts(text));

        // Warm-up requests are timed into a throwaway, so warm-up and measurement run the very same code.
        Latency Measured(Latency latency) => measured ? latency : new Latency("warm-up");
    }

    Console.WriteLine();
    Console.WriteLine(overHttp + $"   {responseBytes / (double)requests / 1024:F1} KiB/response");
    Console.WriteLine(lucene);
    Console.WriteLine(plain + "   (reference)");
    Console.WriteLine(siteWork + "   (reference: + synonyms, public filter, type and unit counts)");
    Console.WriteLine(counts + "   (reference)");
    var overheadP50 = overHttp.P50 / lucene.P50;
    var overheadP95 = overHttp.P95 / lucene.P95;
    Console.WriteLine($"HTTP / Lucene page:                 p50 {overheadP50:F2} ×   p95 {overheadP95:F2} ×");
    Console.WriteLine($"HTTP / all /api/search asks Lucene: p50 {overHttp.P50 / siteWork.P50:F2} ×   p95 {overHttp.P95 / siteWork.P95:F2} ×   (what HTTP, routing and JSON add)");
    Console.WriteLine($"site memory (VmRSS every 100 ms, {memory.Samples} samples over the measured run): start {Mib(memory.First)}   peak {Mib(memory.Peak)}   end {Mib(memory.Last)}");

    Console.WriteLine();
    Console.WriteLine("targets");
    Target("indexing ≥ 0.7 × the analysis alone", $"{indexing.Ratio:F2} ×", indexing.Ratio >= 0.7);
    Target("/api/search p95 ≤ 25 ms", $"{overHttp.P95:F2} ms", overHttp.P95 <= 25);
    Target("HTTP / Lucene page p50 ≤ 1.5 ×", $"{overheadP50:F2} ×", overheadP50 <= 1.5);
    Target("HTTP / Lucene page p95 ≤ 1.5 ×", $"{overheadP95:F2} ×", overheadP95 <= 1.5);
}
finally
{
    site?.Dispose();
    Directory.Delete(folder, recursive: true);
}

Console.WriteLine();
Console.WriteLine($"done in {total.Elapsed.TotalSeconds:F0} s · load average at end: {LoadAverage()}");

static async Task<long> SearchAsync(HttpClient http, string text)
{
    using var response = await http.GetAsync(Url(text));
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadAsByteArrayAsync()).Length;
}

// The site opens its copy on the first search or the first indexing pass; until then it answers that the index is being built.
static async Task<int> ServedTotalAsync(HttpClient http, string text, TimeSpan timeout)
{
    var clock = Stopwatch.StartNew();
    while (true)
    {
        using var response = await http.GetAsync(Url(text));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var served = json.RootElement.GetProperty("total").GetInt32();
        if (served > 0 || clock.Elapsed > timeout)
            return served;
        await Task.Delay(500);
    }
}

static string Url(string text) => $"/api/search?q={Uri.EscapeDataString(text)}&size={DirectSearch.PageSize}";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string Mib(long bytes) => $"{bytes / 1048576.0:F0} MiB";

static void Target(string name, string figure, bool met)
    => Console.WriteLine($"  {name,-38} {figure,10}   {(met ? "met" : "not met")}");
