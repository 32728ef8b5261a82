using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Background;
using Portal.Abstractions.Modules;
using Portal.Core.Modules;

namespace Portal.Core.Tests.Modules;

public sealed class FeatureStateTests
{
    private sealed class Reminders : IBackgroundTask
    {
        public TimeSpan Interval => TimeSpan.FromMinutes(1);
        public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class Cleanup : IBackgroundTask
    {
        public TimeSpan Interval => TimeSpan.FromMinutes(1);
        public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static (FeatureState State, IFeatureState View) Create(params (Type Type, string[] Features)[] registered)
    {
        var catalog = new ModuleCatalog([ManifestAssemblies.Module("Volunteers", [], ("Volunteers.Reminders", ["Volunteers"]))]);
        var registrations = new FeatureRegistrations();
        foreach (var (type, features) in registered)
            registrations.Record([ServiceDescriptor.Scoped(typeof(IBackgroundTask), type)], features);
        var state = new FeatureState(catalog, registrations);
        return (state, state);
    }

    [Fact]
    public void WorkOfADisabledFeature_IsLeftOut_AndComesBackWhenEnabled()
    {
        var (state, view) = Create((typeof(Reminders), ["Volunteers", "Volunteers.Reminders"]));
        IBackgroundTask[] tasks = [new Reminders()];

        Assert.Empty(view.Enabled(tasks));

        state.Set(["Volunteers", "Volunteers.Reminders"]);
        Assert.Single(view.Enabled(tasks));

        state.Set(["Volunteers"]);
        Assert.Empty(view.Enabled(tasks));
    }

    [Fact]
    public void WorkOutsideAnyModule_IsAlwaysOn()
    {
        var (_, view) = Create();

        Assert.Single(view.Enabled<IBackgroundTask>([new Cleanup()]));
    }

    [Fact]
    public void UnknownFeatureIds_AreIgnored()
    {
        var (state, view) = Create();

        state.Set(["Volunteers", "Removed.Long.Ago"]);

        Assert.True(view.IsEnabled("Volunteers"));
        Assert.False(view.IsEnabled("Removed.Long.Ago"));
    }

    [Fact]
    public void ASwitchAppliedWhileTheDatabaseWasRead_IsNotUndoneByThatOlderRead()
    {
        var (state, view) = Create();
        state.Set(["Volunteers"]);
        var readSince = state.Version;

        // The periodic load has read “Volunteers enabled”; meanwhile a switch on this node commits.
        state.Apply([], ["Volunteers"]);

        Assert.False(state.TrySet(["Volunteers"], readSince));
        Assert.False(view.IsEnabled("Volunteers"));
        Assert.True(state.TrySet(["Volunteers"], state.Version));
        Assert.True(view.IsEnabled("Volunteers"));
    }
}
