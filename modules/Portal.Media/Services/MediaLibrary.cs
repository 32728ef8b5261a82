using Microsoft.EntityFrameworkCore;
using Portal.Media.Contracts;
using Portal.Media.Data;
using Portal.Media.Models;
using Portal.Media.Storage;

namespace Portal.Media.Services;

internal sealed class MediaLibrary(MediaDbContext db) : IMediaLibrary
{
    public async Task<MediaInfo?> FindAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!MediaPaths.IsStoredPath(path))
            return null;
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Path == path, cancellationToken);
        return file is null ? null : ToInfo(file);
    }

    public static MediaInfo ToInfo(MediaFile file) => new(
        file.Id, file.Path, file.OriginalName, file.Kind, file.ContentType, file.Size, file.Width, file.Height, file.Alt,
        file.Kind == MediaKind.Image ? Thumbnails.Widths : []);
}
