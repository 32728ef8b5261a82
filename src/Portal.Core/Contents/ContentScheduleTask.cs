using Portal.Abstractions.Background;
using Portal.Abstractions.Contents;

namespace Portal.Core.Contents;

/// <summary>Publishes and unpublishes scheduled items; runs often enough that a due item goes out within a minute.</summary>
internal sealed class ContentScheduleTask(IContentManager contents, TimeProvider clock) : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromSeconds(20);

    public Task RunAsync(CancellationToken cancellationToken)
        => contents.RunScheduleAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}
