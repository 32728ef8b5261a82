namespace Portal.Media.Storage;

/// <summary>
/// Where uploaded files live, addressed by a relative path with forward slashes (<c>2026/11/abc.jpg</c>).
/// A path that could leave the store (<c>..</c>, rooted, odd characters) is refused with <see cref="ArgumentException"/>.
/// </summary>
internal interface IMediaStore
{
    /// <summary>Writes <paramref name="content"/> from its current position; the file appears whole or not at all.</summary>
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>A readable, seekable stream of the file, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Removes the file; nothing happens when it is not there.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}
