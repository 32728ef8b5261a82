using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Display;
using Portal.Media.Contracts;
using Portal.Media.Data;
using Portal.Media.Models;
using Portal.Media.Storage;

namespace Portal.Media.Services;

/// <summary>Who uploads: kept with the file, so authors can manage their own uploads.</summary>
internal sealed record Uploader(string Id, string Name);

/// <summary>The stored file, or why the upload was refused; nothing is stored when it was.</summary>
internal sealed record UploadResult(MediaFile? File, string? Error)
{
    public bool Succeeded => File is not null;

    public static UploadResult Refused(string error) => new(null, error);
}

/// <summary>
/// Takes an upload: checks its name, size and content (the bytes must be what the extension says), decodes
/// images and makes their thumbnails, then stores the file under a generated name and records it.
/// </summary>
internal sealed class MediaUploader(MediaDbContext db, IMediaStore store, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaUploader> logger)
{
    public async Task<UploadResult> UploadAsync(string? fileName, Stream content, string? alt, Uploader uploader, CancellationToken cancellationToken = default)
    {
        if (!content.CanSeek)
        {
            // The checks read the content more than once; an upload stream usually is buffered already.
            await using var buffered = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            await content.CopyToAsync(buffered, cancellationToken);
            return await UploadAsync(fileName, buffered, alt, uploader, cancellationToken);
        }
        var name = CleanName(fileName);
        if (name.Length == 0)
            return UploadResult.Refused("请选择要上传的文件。");
        alt = alt?.Trim() ?? "";
        if (alt.Length > MediaFile.MaxAltLength)
            return UploadResult.Refused($"替代文字不超过 {MediaFile.MaxAltLength} 个字。");

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var type = MediaTypes.ForExtension(extension);
        if (type is null)
            return UploadResult.Refused(extension.Length == 0
                ? $"“{name}” 没有扩展名。可以上传{MediaTypes.AcceptedText}。"
                : $"不支持 {extension} 文件。可以上传{MediaTypes.AcceptedText}。");

        var limit = options.Value.LimitFor(type.Kind == MediaKind.Image);
        if (content.Length == 0)
            return UploadResult.Refused($"“{name}” 是空文件。");
        if (content.Length > limit)
            return UploadResult.Refused($"“{name}” 大小为 {SizeText.Format(content.Length)}，超过了{(type.Kind == MediaKind.Image ? "图片" : "文件")}大小上限 {SizeText.Format(limit)}。");

        var format = FileSniffer.Detect(content);
        if (format != type.Format)
            return UploadResult.Refused(format.Describe() is { } actual
                ? $"文件内容与扩展名 {extension} 不符（实际是 {actual}），未保存。"
                : $"文件内容与扩展名 {extension} 不符，未保存。");

        ProcessedImage? image = null;
        var thumbnailFormat = Thumbnails.FormatFor(type.ContentType);
        if (type.Kind == MediaKind.Image)
        {
            var outcome = ImageProcessor.Process(content, format, options.Value.MaxImagePixels, thumbnailFormat);
            if (outcome.Error is not null)
                return UploadResult.Refused($"“{name}”：{outcome.Error}");
            image = outcome.Image!;
        }

        var file = new MediaFile
        {
            Path = MediaPaths.NewPath(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime), extension),
            OriginalName = name,
            ContentType = type.ContentType,
            Kind = type.Kind,
            Size = content.Length,
            Width = image?.Width,
            Height = image?.Height,
            UploadedById = uploader.Id,
            UploadedByName = uploader.Name,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
            Alt = alt,
        };
        await StoreAsync(file, content, image, thumbnailFormat, cancellationToken);
        return new UploadResult(file, null);
    }

    /// <summary>Files first, then the row; when anything fails the files written so far are removed again.</summary>
    private async Task StoreAsync(MediaFile file, Stream content, ProcessedImage? image, ThumbnailFormat thumbnailFormat, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        try
        {
            content.Position = 0;
            written.Add(file.Path);
            await store.SaveAsync(file.Path, content, cancellationToken);
            foreach (var thumbnail in image?.Thumbnails ?? [])
            {
                var path = MediaPaths.ThumbnailPath(file.Path, thumbnail.Width, thumbnailFormat.Extension);
                written.Add(path);
                await store.SaveAsync(path, new MemoryStream(thumbnail.Data, writable: false), cancellationToken);
            }
            db.Files.Add(file);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            foreach (var path in written)
            {
                try { await store.DeleteAsync(path, CancellationToken.None); }
                catch (IOException e) { logger.LogWarning(e, "Could not remove {Path} after a failed upload.", path); }
            }
            throw;
        }
    }

    /// <summary>The file name without any folder, control characters or surrounding spaces, at most 255 characters (extension kept).</summary>
    public static string CleanName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length <= MediaFile.MaxOriginalNameLength)
            return name;
        var extension = Path.GetExtension(name);
        return extension.Length >= 16
            ? name[..MediaFile.MaxOriginalNameLength]
            : name[..(MediaFile.MaxOriginalNameLength - extension.Length)] + extension;
    }
}
