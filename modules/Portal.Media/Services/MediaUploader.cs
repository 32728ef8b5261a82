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

/// <summary>An upload that passed every check, ready to store: its cleaned name, type, content and, for an image, its thumbnails.</summary>
internal sealed record CheckedUpload(string Name, MediaType Type, Stream Content, ProcessedImage? Image)
{
    public ThumbnailFormat ThumbnailFormat => Thumbnails.FormatFor(Type.ContentType);
}

/// <summary>
/// Takes an upload: checks its name, size and content (the bytes must be what the extension says), decodes
/// images and makes their thumbnails, then stores the file under a generated name and records it.
/// </summary>
internal sealed class MediaUploader(MediaDbContext db, IMediaStore store, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaUploader> logger)
{
    /// <summary>The largest image accepted.</summary>
    public long ImageLimit => options.Value.LimitFor(image: true);

    public async Task<UploadResult> UploadAsync(string? fileName, Stream content, string? alt, Uploader uploader, CancellationToken cancellationToken = default)
    {
        if (!content.CanSeek)
        {
            // The checks read the content more than once; an upload stream usually is buffered already.
            await using var buffered = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            await content.CopyToAsync(buffered, cancellationToken);
            return await UploadAsync(fileName, buffered, alt, uploader, cancellationToken);
        }
        alt = alt?.Trim() ?? "";
        if (alt.Length > MediaFile.MaxAltLength)
            return UploadResult.Refused($"替代文字不超过 {MediaFile.MaxAltLength} 个字。");
        var (upload, error) = Check(fileName, content, imagesOnly: false);
        if (upload is null)
            return UploadResult.Refused(error!);

        var file = new MediaFile
        {
            Path = MediaPaths.NewPath(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime), upload.Type.Extension),
            OriginalName = upload.Name,
            ContentType = upload.Type.ContentType,
            Kind = upload.Type.Kind,
            Size = content.Length,
            Width = upload.Image?.Width,
            Height = upload.Image?.Height,
            UploadedById = uploader.Id,
            UploadedByName = uploader.Name,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
            Alt = alt,
        };
        await WriteAsync(upload, file.Path, width => MediaPaths.ThumbnailPath(file.Path, width, upload.ThumbnailFormat.Extension), async () =>
        {
            db.Files.Add(file);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return new UploadResult(file, null);
    }

    /// <summary>
    /// Every check of an upload, nothing stored: the name, the extension (only images when <paramref name="imagesOnly"/>),
    /// the size, the content against the extension, and for an image that it decodes within the pixel limit.
    /// Each refusal names the file. <paramref name="content"/> must be seekable.
    /// </summary>
    public (CheckedUpload? Upload, string? Error) Check(string? fileName, Stream content, bool imagesOnly)
    {
        var name = CleanName(fileName);
        if (name.Length == 0)
            return (null, "请选择要上传的文件。");

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var type = MediaTypes.ForExtension(extension);
        if (imagesOnly && type is not { Kind: MediaKind.Image })
            return (null, $"“{name}” 不是图片，只能上传{MediaTypes.ImagesText}。");
        if (type is null)
            return (null, extension.Length == 0
                ? $"“{name}” 没有扩展名。可以上传{MediaTypes.AcceptedText}。"
                : $"“{name}”：不支持 {extension} 文件。可以上传{MediaTypes.AcceptedText}。");

        var limit = options.Value.LimitFor(type.Kind == MediaKind.Image);
        if (content.Length == 0)
            return (null, $"“{name}” 是空文件。");
        if (content.Length > limit)
            return (null, $"“{name}” 大小为 {SizeText.Format(content.Length)}，超过了{(type.Kind == MediaKind.Image ? "图片" : "文件")}大小上限 {SizeText.Format(limit)}。");

        var format = FileSniffer.Detect(content);
        if (format != type.Format)
            return (null, format.Describe() is { } actual
                ? $"“{name}”：文件内容与扩展名 {extension} 不符（实际是 {actual}），未保存。"
                : $"“{name}”：文件内容与扩展名 {extension} 不符，未保存。");

        ProcessedImage? image = null;
        if (type.Kind == MediaKind.Image)
        {
            var outcome = ImageProcessor.Process(content, format, options.Value.MaxImagePixels, Thumbnails.FormatFor(type.ContentType));
            if (outcome.Error is not null)
                return (null, $"“{name}”：{outcome.Error}");
            image = outcome.Image!;
        }
        return (new CheckedUpload(name, type, content, image), null);
    }

    /// <summary>
    /// Writes the original at <paramref name="path"/> and its thumbnails, then runs <paramref name="then"/> (e.g. records
    /// the file); when anything fails the files written so far are removed again.
    /// </summary>
    public async Task WriteAsync(CheckedUpload upload, string path, Func<int, string> thumbnailPath, Func<Task>? then, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        try
        {
            upload.Content.Position = 0;
            written.Add(path);
            await store.SaveAsync(path, upload.Content, cancellationToken);
            foreach (var thumbnail in upload.Image?.Thumbnails ?? [])
            {
                var target = thumbnailPath(thumbnail.Width);
                written.Add(target);
                await store.SaveAsync(target, new MemoryStream(thumbnail.Data, writable: false), cancellationToken);
            }
            if (then is not null)
                await then();
        }
        catch
        {
            db.ChangeTracker.Clear();
            await store.DeleteQuietlyAsync(written, logger);
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
