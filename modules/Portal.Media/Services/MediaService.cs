using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Media.Contracts;
using Portal.Media.Data;
using Portal.Media.Models;
using Portal.Media.Storage;

namespace Portal.Media.Services;

/// <summary>What the library shows: a kind, words in the original name, and whose uploads (null for everyone's).</summary>
internal sealed record MediaQuery(MediaKind? Kind, string? Search, string? UploadedById);

internal sealed record MediaPage(IReadOnlyList<MediaFile> Files, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Lists, edits and deletes recorded files.</summary>
internal sealed class MediaService(MediaDbContext db, IMediaStore store, ILogger<MediaService> logger)
{
    public const int PageSize = 24;

    public async Task<MediaPage> ListAsync(MediaQuery query, int page, CancellationToken cancellationToken = default)
    {
        var files = db.Files.AsNoTracking();
        if (query.Kind is { } kind)
            files = files.Where(f => f.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            files = files.Where(f => f.OriginalName.Contains(search) || f.Alt.Contains(search));
        }
        if (query.UploadedById is not null)
            files = files.Where(f => f.UploadedById == query.UploadedById);

        var total = await files.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await files.OrderByDescending(f => f.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new MediaPage(items, total, page, PageSize);
    }

    public Task<MediaFile?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>Sets the alternative text; returns the problem, or null when saved.</summary>
    public async Task<string?> UpdateAltAsync(int id, string? alt, CancellationToken cancellationToken = default)
    {
        alt = alt?.Trim() ?? "";
        if (alt.Length > MediaFile.MaxAltLength)
            return $"替代文字不超过 {MediaFile.MaxAltLength} 个字。";
        var file = await db.Files.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
            return "文件不存在。";
        file.Alt = alt;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes the row, then the original and its thumbnails; a file left behind is only logged.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var file = await db.Files.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
            return false;
        db.Files.Remove(file);
        await db.SaveChangesAsync(cancellationToken);

        await store.DeleteQuietlyAsync(StoredPaths(file), logger);
        return true;
    }

    /// <summary>The original and, for an image, every thumbnail.</summary>
    public static IEnumerable<string> StoredPaths(MediaFile file)
    {
        yield return file.Path;
        if (file.Kind != MediaKind.Image)
            yield break;
        var format = Thumbnails.FormatFor(file.ContentType);
        foreach (var width in Thumbnails.Widths)
            yield return MediaPaths.ThumbnailPath(file.Path, width, format.Extension);
    }
}
