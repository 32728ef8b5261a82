using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Abstractions.Data;
using Portal.Abstractions.Settings;
using Portal.Core.Data;

namespace Portal.Core.Settings;

/// <summary>
/// Settings are read on every page (the site's name, the home page), so their JSON is cached; a change
/// clears its key here at once and again on commit, and other nodes see it within <see cref="Lifetime"/>.
/// </summary>
internal sealed class SettingsStore(CoreDbContext db, IMemoryCache cache, IDbSession session, IUnitOfWork unitOfWork) : ISettingsStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default) where T : class
    {
        var json = await ReadAsync(key, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<T>(json, Json);
    }

    public async Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default) where T : notnull
    {
        var json = value is JsonElement element ? element.GetRawText() : JsonSerializer.Serialize(value, Json);
        var record = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (record is null)
            db.Settings.Add(new SettingRecord { Key = key, Json = json, Version = 1 });
        else if (record.Json != json)
        {
            record.Json = json;
            record.Version++;
        }
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey(key));
        unitOfWork.OnCommitted(() => cache.Remove(CacheKey(key)));
    }

    private async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(key), out string? cached))
            return cached;
        var json = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);
        // Inside a unit of work the value may not be committed yet: read it, but do not share it.
        if (session.CurrentTransaction is null)
            cache.Set(CacheKey(key), json, Lifetime);
        return json;
    }

    private static string CacheKey(string key) => "Portal.Settings:" + key;
}
