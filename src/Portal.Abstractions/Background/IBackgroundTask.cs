namespace Portal.Abstractions.Background;

/// <summary>Recurring work; it runs on every node, in its own scope, only while its feature is enabled.</summary>
public interface IBackgroundTask
{
    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
