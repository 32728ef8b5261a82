using Microsoft.Extensions.Logging;
using Portal.Abstractions.Display;
using Portal.Media.Contracts;
using Portal.Media.Storage;

namespace Portal.Media.Services;

/// <summary>
/// Private images through the library's own checks (<see cref="MediaUploader.Check"/>), kept under <c>private/</c> in
/// the media store with no row in the library: nothing lists them and the public endpoints find none of them.
/// </summary>
internal sealed class PrivateImages(MediaUploader uploader, IMediaStore store, TimeProvider clock, ILogger<PrivateImages> logger) : IPrivateImages
{
    public IReadOnlyList<int> ThumbnailWidths => Thumbnails.Widths;

    public string Accept => MediaTypes.ImageAccept;

    public async Task<PrivateImageCheck> CheckAsync(string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        if (!content.CanSeek)
        {
            // Kept in memory until saved; anything over the image limit is refused by the check, so copy no more than that.
            var buffered = new MemoryStream();
            await CopyAtMostAsync(content, buffered, uploader.ImageLimit + 1, cancellationToken);
            content = buffered;
        }
        var (upload, error) = uploader.Check(fileName, content, imagesOnly: true);
        return new PrivateImageCheck(MediaUploader.CleanName(fileName), error, upload);
    }

    public async Task<string> SaveAsync(PrivateImageCheck image, string area, CancellationToken cancellationToken = default)
    {
        if (image.Upload is not { } upload)
            throw new ArgumentException($"“{image.Name}” was refused ({image.Error}) and cannot be saved.", nameof(image));
        if (!MediaPaths.IsArea(area))
            throw new ArgumentException($"'{area}' is not an area name (lower-case letters only).", nameof(area));
        var path = MediaPaths.NewPrivatePath(area, ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime), upload.Type.Extension);
        await uploader.WriteAsync(upload, path, width => MediaPaths.PrivateThumbnailPath(path, width, upload.ThumbnailFormat.Extension), null, cancellationToken);
        return path;
    }

    public async Task<PrivateImageContent?> OpenAsync(string path, int? width = null, CancellationToken cancellationToken = default)
    {
        if (!MediaPaths.IsPrivatePath(path) || MediaTypes.ForExtension(Path.GetExtension(path)) is not { Kind: MediaKind.Image } type)
            return null;
        if (width is { } w && !Thumbnails.Widths.Contains(w))
            return null;
        var format = Thumbnails.FormatFor(type.ContentType);
        var stream = await store.OpenReadAsync(width is { } thumbnail ? MediaPaths.PrivateThumbnailPath(path, thumbnail, format.Extension) : path, cancellationToken);
        return stream is null ? null : new PrivateImageContent(stream, width is null ? type.ContentType : format.ContentType);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!MediaPaths.IsPrivatePath(path) || MediaTypes.ForExtension(Path.GetExtension(path)) is not { Kind: MediaKind.Image } type)
            return Task.CompletedTask;
        var format = Thumbnails.FormatFor(type.ContentType);
        return store.DeleteQuietlyAsync(Thumbnails.Widths.Select(w => MediaPaths.PrivateThumbnailPath(path, w, format.Extension)).Prepend(path), logger);
    }

    private static async Task CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while (target.Length < limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - target.Length)), cancellationToken)) > 0)
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
    }
}
