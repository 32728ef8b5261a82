using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Settings;
using Portal.Core.Data;

namespace Portal.Core.Settings;

internal sealed class SettingsStore(CoreDbContext db) : ISettingsStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default) where T : class
    {
        var json = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);
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
    }
}
