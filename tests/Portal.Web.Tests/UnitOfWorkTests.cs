using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Events;
using Portal.Abstractions.Settings;
using Portal.Testing;

namespace Portal.Web.Tests;

/// <summary>A change and the handlers of the event it publishes commit together or not at all.</summary>
[DatabaseSensitive("a transaction rolled back across publisher and handler")]
public sealed class UnitOfWorkTests(UnitOfWorkTests.SiteWithHandler factory) : IClassFixture<UnitOfWorkTests.SiteWithHandler>
{
    [Fact]
    public async Task Publish_InsideAUnitOfWork_CommitsTheHandlersWritesWithThePublishers()
    {
        var key = NewKey();

        await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            await sp.GetRequiredService<ISettingsStore>().SetAsync(key, new Note("publisher"), ct);
            await sp.GetRequiredService<IEventPublisher>().PublishAsync(new NoteWritten(key), ct);
        }));

        Assert.Equal("publisher", (await ReadAsync(key))?.Text);
        Assert.Equal("handler", (await ReadAsync(key + ".handled"))?.Text);
    }

    [Fact]
    public async Task Publish_InsideAUnitOfWorkThatFails_RollsBackThePublisherAndTheHandler()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            await sp.GetRequiredService<ISettingsStore>().SetAsync(key, new Note("publisher"), ct);
            await sp.GetRequiredService<IEventPublisher>().PublishAsync(new NoteWritten(key), ct);
            throw new InvalidOperationException("the change is refused after the event");
        })));

        Assert.Null(await ReadAsync(key));
        Assert.Null(await ReadAsync(key + ".handled"));
    }

    private static string NewKey() => "Test." + Guid.NewGuid().ToString("N");

    private Task<Note?> ReadAsync(string key)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().GetAsync<Note>(key));

    public sealed record Note(string Text);

    public sealed record NoteWritten(string Key);

    /// <summary>Stands for a subscriber in another module: it writes through its own services in the publisher's scope.</summary>
    public sealed class NoteWrittenHandler(ISettingsStore settings) : IEventHandler<NoteWritten>
    {
        public Task HandleAsync(NoteWritten @event, CancellationToken cancellationToken)
            => settings.SetAsync(@event.Key + ".handled", new Note("handler"), cancellationToken);
    }

    public sealed class SiteWithHandler : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<IEventHandler<NoteWritten>, NoteWrittenHandler>());
        }
    }
}
