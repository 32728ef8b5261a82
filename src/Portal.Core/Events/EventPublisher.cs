using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Events;
using Portal.Abstractions.Modules;

namespace Portal.Core.Events;

/// <summary>Calls the enabled features' handlers in the caller's scope, so they share its unit of work.</summary>
internal sealed class EventPublisher(IServiceProvider services, IFeatureState features) : IEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        foreach (var handler in features.Enabled(services.GetServices<IEventHandler<TEvent>>()))
            await handler.HandleAsync(@event, cancellationToken);
    }
}
