using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Background;
using Portal.Abstractions.Modules;
using Portal.Core.Setup;

namespace Portal.Core.Background;

/// <summary>
/// Runs each enabled feature's background tasks at their interval, each run in its own scope. Tasks run side
/// by side, so a long run of one (a search index rebuild) does not hold back the others; a task whose last
/// run has not finished is not started again.
/// </summary>
internal sealed class BackgroundTaskHost(IServiceScopeFactory scopes, IFeatureState features, PortalInitializer initializer, ILogger<BackgroundTaskHost> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly Dictionary<Type, DateTime> _nextRun = [];
    private readonly Dictionary<Type, Task> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await initializer.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Tick);
        try
        {
            do
            {
                await StartDueTasksAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            await Task.WhenAll(_running.Values);
        }
    }

    private async Task StartDueTasksAsync(CancellationToken stoppingToken)
    {
        foreach (var (type, run) in _running.ToList())
        {
            if (run.IsCompleted)
                _running.Remove(type);
        }

        await using var discovery = scopes.CreateAsyncScope();
        var due = features.Enabled(discovery.ServiceProvider.GetServices<IBackgroundTask>())
            .Where(t => !_running.ContainsKey(t.GetType()) && _nextRun.GetValueOrDefault(t.GetType()) <= DateTime.UtcNow)
            .Select(t => (t.GetType(), t.Interval))
            .ToList();

        foreach (var (type, interval) in due)
        {
            _nextRun[type] = DateTime.UtcNow + interval;
            _running[type] = Task.Run(() => RunAsync(type, stoppingToken), CancellationToken.None);
        }
    }

    private async Task RunAsync(Type type, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IBackgroundTask>().First(t => t.GetType() == type);
        try
        {
            await task.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Background task {Task} failed", type.Name);
        }
    }
}
