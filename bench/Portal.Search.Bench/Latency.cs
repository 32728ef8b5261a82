using System.Diagnostics;

namespace Portal.Search.Bench;

/// <summary>The latencies of one run and the line that reports them, in the style of bench/Portal.Bench.</summary>
internal sealed class Latency(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly Stopwatch _elapsed = new();
    private bool _sorted;

    public string Name { get; } = name;

    public double P50 => At(0.50);

    public double P95 => At(0.95);

    public double P99 => At(0.99);

    /// <summary>Runs <paramref name="work"/> <paramref name="times"/> times, timing each.</summary>
    public static async Task<Latency> MeasureAsync(string name, int times, Func<int, Task> work)
    {
        var latency = new Latency(name);
        latency._elapsed.Start();
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            await work(i);
            latency._milliseconds.Add(clock.Elapsed.TotalMilliseconds);
        }

        latency._elapsed.Stop();
        return latency;
    }

    public static Latency Measure(string name, int times, Action<int> work)
        => MeasureAsync(name, times, i =>
        {
            work(i);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public override string ToString()
        => $"{Name,-38} {_milliseconds.Count / _elapsed.Elapsed.TotalSeconds,8:F0} req/s   p50 {P50,6:F2} ms   p95 {P95,6:F2} ms   p99 {P99,6:F2} ms";

    private double At(double p)
    {
        if (!_sorted)
        {
            _milliseconds.Sort();
            _sorted = true;
        }

        return _milliseconds[Math.Min(_milliseconds.Count - 1, (int)(p * _milliseconds.Count))];
    }
}
