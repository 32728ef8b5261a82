using Microsoft.Extensions.Logging;

namespace Portal.Media.Storage;

internal static class MediaStoreExtensions
{
    /// <summary>
    /// Removes files whose row is gone or was never written; one that cannot be removed is only logged, since what
    /// the caller did (or undid) stands either way.
    /// </summary>
    public static async Task DeleteQuietlyAsync(this IMediaStore store, IEnumerable<string> paths, ILogger logger)
    {
        foreach (var path in paths)
        {
            try { await store.DeleteAsync(path, CancellationToken.None); }
            catch (IOException e) { logger.LogWarning(e, "Could not remove the stored media file {Path}.", path); }
        }
    }
}
