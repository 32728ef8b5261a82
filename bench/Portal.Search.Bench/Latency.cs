using System.Diagnostics;

namespace Portal.Search.Bench;

/// <summary>The latencies of one kind of request and the line that reports them, in the style of bench/Portal.Bench.</summary>
internal sealed class Latency(string name)
{
    private readonly List<double> _milliseconds = [];
    private bool _sorted;

    public string Name { get; } = name;

    public double P50 => At(0.50);

    public double P95 => At(0.95);

    public double P99 => At(0.99);

    public async Task TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        Add(clock.Elapsed.TotalMilliseconds);
    }

    public void Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        Add(clock.Elapsed.TotalMilliseconds);
    }

    // Requests run one at a time, so the rate is one over the mean latency.
    public override string ToString()
        => $"{Name,-38} {_milliseconds.Count / (_milliseconds.Sum() / 1000),8:F0} req/s   p50 {P50,6:F2} ms   p95 {P95,6:F2} ms   p99 {P99,6:F2} ms";

    private void Add(double milliseconds)
    {
        _milliseconds.Add(milliseconds);
        _sorted = false;
    }

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
