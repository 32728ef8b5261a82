using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Background;
using Portal.Abstractions.Modules;
using Portal.Core.Setup;

namespace Portal.Core.Background;

/// <summary>Runs each enabled feature's background tasks at their interval, each run in its own scope.</summary>
internal sealed class BackgroundTaskHost(IServiceScopeFactory scopes, IFeatureState features, PortalInitializer initializer, ILogger<BackgroundTaskHost> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);
    private readonly Dictionary<Type, DateTime> _nextRun = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await initializer.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Tick);
        do
        {
            await RunDueTasksAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueTasksAsync(CancellationToken stoppingToken)
    {
        await using var discovery = scopes.CreateAsyncScope();
        var due = features.Enabled(discovery.ServiceProvider.GetServices<IBackgroundTask>())
            .Where(t => _nextRun.GetValueOrDefault(t.GetType()) <= DateTime.UtcNow)
            .Select(t => (t.GetType(), t.Interval))
            .ToList();

        foreach (var (type, interval) in due)
        {
            _nextRun[type] = DateTime.UtcNow + interval;
            await using var scope = scopes.CreateAsyncScope();
            var task = scope.ServiceProvider.GetServices<IBackgroundTask>().First(t => t.GetType() == type);
            try
            {
                await task.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Background task {Task} failed", type.Name);
            }
        }
    }
}
