namespace Portal.Search.Bench;

/// <summary>Reads a process's memory every <c>interval</c> in the background and keeps the peak and the last reading.</summary>
internal sealed class MemorySampler
{
    private readonly Func<long> _read;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private MemorySampler(Func<long> read, TimeSpan interval)
    {
        _read = read;
        First = Last = Peak = read();
        _loop = LoopAsync(interval);
    }

    public long First { get; }

    public long Last { get; private set; }

    public long Peak { get; private set; }

    public int Samples { get; private set; } = 1;

    public static MemorySampler Start(Func<long> read, TimeSpan interval) => new(read, interval);

    /// <summary>Stops sampling after one last reading.</summary>
    public async Task StopAsync()
    {
        _stop.Cancel();
        await _loop;
        Sample();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
                Sample();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Sample()
    {
        Last = _read();
        Peak = Math.Max(Peak, Last);
        Samples++;
    }
}
