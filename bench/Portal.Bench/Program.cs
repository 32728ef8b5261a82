using System.Diagnostics;
using Portal.Testing;

// dotnet run -c Release --project bench/Portal.Bench [-- requests]
// Runs the site in-process (TestServer) on a fresh SQLite database, as the functional tests do,
// so the figures measure the portal's own work: no network, no browser.
var requests = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;

Console.WriteLine($"Portal host benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {requests} requests per page");
Console.WriteLine();

var starts = new List<double>();
for (var i = 0; i < 3; i++)
{
    var clock = Stopwatch.StartNew();
    await using var cold = new PortalFactory();
    using var client = cold.CreatePortalClient();
    (await client.GetAsync("/")).EnsureSuccessStatusCode();
    starts.Add(clock.Elapsed.TotalMilliseconds);
}
Console.WriteLine($"first start on an empty database (migrate + setup recipe + first page): {string.Join(" / ", starts.Select(s => $"{s:F0} ms"))}");

await using var factory = new PortalFactory();
using var anonymous = factory.CreatePortalClient();
using var admin = await factory.CreateAdminClientAsync();

await MeasureAsync("public home page  GET /", anonymous, "/");
await MeasureAsync("public unit tree  GET /units", anonymous, "/units");
await MeasureAsync("admin unit tree   GET /admin/units", admin, "/admin/units");
await MeasureAsync("seed briefing     GET /briefings/…/27", anonymous, "/briefings/" + Uri.EscapeDataString("江苏精神文明建设简报") + "/2018/27");
await MeasureAsync("news list         GET /news", anonymous, "/news");
await MeasureAsync("news RSS feed     GET /feeds/News.rss", anonymous, "/feeds/News.rss");
await MeasureAsync("JSON API page     GET /api/contents", anonymous, "/api/contents");
await MeasureAsync("admin contents    GET /admin/contents", admin, "/admin/contents");
await MeasureParallelAsync("home page, 8 clients in parallel", factory, "/", parallel: 8);

GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
using var process = Process.GetCurrentProcess();
Console.WriteLine();
Console.WriteLine($"memory after the runs: managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, working set {process.WorkingSet64 / 1048576.0:F1} MiB");

async Task MeasureAsync(string name, PortalClient client, string url)
{
    for (var i = 0; i < 50; i++)
        (await client.GetAsync(url)).EnsureSuccessStatusCode();

    var latencies = new double[requests];
    var total = Stopwatch.StartNew();
    for (var i = 0; i < requests; i++)
        latencies[i] = await TimeOneAsync(client, url);
    Report(name, latencies, total.Elapsed);
}

async Task MeasureParallelAsync(string name, PortalFactory site, string url, int parallel)
{
    var clients = Enumerable.Range(0, parallel).Select(_ => site.CreatePortalClient()).ToList();
    var latencies = new double[requests];
    var next = -1;
    var total = Stopwatch.StartNew();
    await Task.WhenAll(clients.Select(async client =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < requests)
            latencies[i] = await TimeOneAsync(client, url);
    }));
    Report(name, latencies, total.Elapsed);
    clients.ForEach(c => c.Dispose());
}

static async Task<double> TimeOneAsync(PortalClient client, string url)
{
    var clock = Stopwatch.StartNew();
    using var response = await client.GetAsync(url);
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsByteArrayAsync();
    return clock.Elapsed.TotalMilliseconds;
}

static void Report(string name, double[] latencies, TimeSpan elapsed)
{
    Array.Sort(latencies);
    double At(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
    Console.WriteLine($"{name,-38} {latencies.Length / elapsed.TotalSeconds,8:F0} req/s   p50 {At(0.50):F2} ms   p95 {At(0.95):F2} ms   p99 {At(0.99):F2} ms");
}
