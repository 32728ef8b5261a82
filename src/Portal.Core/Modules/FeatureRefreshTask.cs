using Portal.Abstractions.Background;

namespace Portal.Core.Modules;

/// <summary>Picks up feature switches made on another node sharing the database.</summary>
internal sealed class FeatureRefreshTask(FeatureManager features) : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromSeconds(30);

    public Task RunAsync(CancellationToken cancellationToken) => features.LoadAsync(cancellationToken);
}
