namespace Portal.Abstractions.Settings;

/// <summary>Site-wide settings stored as JSON documents by key (written by the <c>settings</c> recipe step).</summary>
public interface ISettingsStore
{
    Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default) where T : class;

    Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default) where T : notnull;
}

/// <summary>The site's identity, shown by the theme.</summary>
public sealed record SiteSettings
{
    public const string Key = "Site";

    public string Name { get; init; } = "新时代文明实践中心";
    public string Description { get; init; } = "";
    public string Address { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Copyright { get; init; } = "";
}
