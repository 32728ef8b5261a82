using System.Collections.Concurrent;
using System.Collections.Frozen;
using Portal.Abstractions.Modules;

namespace Portal.Core.Modules;

/// <summary>
/// The enabled features, held in memory and swapped whole when they change (only through
/// <see cref="FeatureManager"/>, which persists them). Services are registered
/// for every feature at start-up; this is what makes a disabled feature's endpoints, menus,
/// permissions and background work disappear without a restart.
/// </summary>
public sealed class FeatureState(ModuleCatalog catalog, FeatureRegistrations registrations) : IFeatureState
{
    private readonly Lock _gate = new();
    private volatile FrozenSet<string> _enabled = catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id).ToFrozenSet();

    // A recipe's steps see the features its earlier steps enabled before the recipe commits
    // (its content types need the parts and handlers of those features); nobody else does.
    private static readonly AsyncLocal<Func<IReadOnlySet<string>?>?> RecipeView = new();

    public IReadOnlySet<string> EnabledIds => _enabled;

    public bool IsEnabled(string featureId) => (RecipeView.Value?.Invoke() ?? _enabled).Contains(featureId);

    /// <summary>Until disposed, this flow sees the enabled set <paramref name="pending"/> gives (when it gives one).</summary>
    internal static IDisposable SeePending(Func<IReadOnlySet<string>?> pending)
    {
        var previous = RecipeView.Value;
        RecipeView.Value = pending;
        return new Restore(() => RecipeView.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    public bool IsEnabledFor(Type registeredType)
        => registrations.FeaturesOf(registeredType, catalog).All(IsEnabled);

    /// <summary>Counts the changes to the set, so a load can tell that a switch was applied while it read the database.</summary>
    internal long Version
    {
        get
        {
            lock (_gate)
                return _version;
        }
    }

    private long _version;

    /// <summary>Replaces the enabled set (as read from the database); always-enabled features stay on.</summary>
    internal void Set(IEnumerable<string> enabled)
    {
        lock (_gate)
        {
            _enabled = Known(enabled);
            _version++;
        }
    }

    /// <summary>
    /// Replaces the enabled set with one read from the database when nothing changed it since <paramref name="readSince"/>
    /// (the <see cref="Version"/> before the read); otherwise a switch committed here during the read would be undone by
    /// an older copy, so the read is dropped and false returned.
    /// </summary>
    internal bool TrySet(IEnumerable<string> enabled, long readSince)
    {
        lock (_gate)
        {
            if (_version != readSince)
                return false;
            _enabled = Known(enabled);
            _version++;
            return true;
        }
    }

    /// <summary>Applies committed switches to the current set, keeping switches others committed meanwhile.</summary>
    internal void Apply(IEnumerable<string> enabled, IEnumerable<string> disabled)
    {
        lock (_gate)
        {
            _enabled = Known(_enabled.Union(enabled).Except(disabled));
            _version++;
        }
    }

    private FrozenSet<string> Known(IEnumerable<string> ids)
        => ids.Where(id => catalog.Find(id) is not null)
            .Concat(catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id))
            .ToFrozenSet();
}

/// <summary>The features each service implementation was registered under, recorded per module startup.</summary>
public sealed class FeatureRegistrations
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<string>> _byType = new();

    public void Record(IEnumerable<Microsoft.Extensions.DependencyInjection.ServiceDescriptor> descriptors, IReadOnlyList<string> featureIds)
    {
        foreach (var d in descriptors)
            if ((d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType) is { } type)
                _byType[type] = featureIds;
    }

    /// <summary>Recorded features, else those of the type's module (for instances and factories).</summary>
    public IReadOnlyList<string> FeaturesOf(Type type, ModuleCatalog catalog) => _byType.GetOrAdd(type, catalog.FeaturesOf);
}
