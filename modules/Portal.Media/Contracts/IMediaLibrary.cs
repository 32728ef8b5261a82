namespace Portal.Media.Contracts;

/// <summary>Reads the media library, for editors and pages that show uploaded files.</summary>
public interface IMediaLibrary
{
    /// <summary>The file stored at <paramref name="path"/> (e.g. <c>2026/11/abc.jpg</c>), or null.</summary>
    Task<MediaInfo?> FindAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The file behind a <c>/media/…</c> address, or null when the address is not one of ours.</summary>
    Task<MediaInfo?> FindByUrlAsync(string url, CancellationToken cancellationToken = default)
        => MediaUrls.PathOf(url) is { } path ? FindAsync(path, cancellationToken) : Task.FromResult<MediaInfo?>(null);
}
