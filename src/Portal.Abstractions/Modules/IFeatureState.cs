namespace Portal.Abstractions.Modules;

/// <summary>Which features are enabled now; changes take effect without a restart.</summary>
public interface IFeatureState
{
    bool IsEnabled(string featureId);

    /// <summary>True when every feature the type was registered under is enabled.</summary>
    bool IsEnabledFor(Type registeredType);

    /// <summary>Keeps only the services whose features are enabled.</summary>
    IEnumerable<T> Enabled<T>(IEnumerable<T> services) where T : notnull
        => services.Where(s => IsEnabledFor(s.GetType()));
}
