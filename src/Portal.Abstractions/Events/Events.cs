namespace Portal.Abstractions.Events;

/// <summary>Handles an event published in-process; runs in the publisher's unit of work.</summary>
public interface IEventHandler<in TEvent> where TEvent : notnull
{
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}

/// <summary>
/// Publishes an event to the handlers of enabled features, in the caller's scope and transaction.
/// An event type belongs to the publisher's <c>Contracts</c>.
/// </summary>
public interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull;
}
