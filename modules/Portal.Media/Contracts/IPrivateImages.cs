using Portal.Media.Services;

namespace Portal.Media.Contracts;

/// <summary>
/// Images another module keeps for a few people only (e.g. the photos a volunteer sends with a claim): checked as the
/// library's uploads are (content against extension, size, pixels) and given thumbnails, but not listed in the library
/// nor served at any <c>/media</c> address. The module serves them itself, after its own access check.
/// </summary>
public interface IPrivateImages
{
    /// <summary>The thumbnail widths <see cref="OpenAsync"/> serves, narrowest first.</summary>
    IReadOnlyList<int> ThumbnailWidths { get; }

    /// <summary>The <c>accept</c> attribute of a file input for these images (<c>.jpg,.jpeg,.png,…</c>).</summary>
    string Accept { get; }

    /// <summary>Checks one upload and stores nothing: an image ready for <see cref="SaveAsync"/>, or why it is refused (naming the file).</summary>
    /// <remarks><paramref name="content"/> must stay open until the image is saved or dropped.</remarks>
    Task<PrivateImageCheck> CheckAsync(string? fileName, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Stores a checked image and its thumbnails under <paramref name="area"/> (lower-case letters); returns its private path.</summary>
    Task<string> SaveAsync(PrivateImageCheck image, string area, CancellationToken cancellationToken = default);

    /// <summary>The image at <paramref name="path"/>, or its thumbnail <paramref name="width"/> wide; null when there is none.</summary>
    Task<PrivateImageContent?> OpenAsync(string path, int? width = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the image and its thumbnails, e.g. when what they were saved for was not saved after all.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of <see cref="IPrivateImages.CheckAsync"/>: an image ready to save, or <see cref="Error"/>.</summary>
public sealed class PrivateImageCheck
{
    internal PrivateImageCheck(string name, string? error, CheckedUpload? upload)
    {
        Name = name;
        Error = error;
        Upload = upload;
    }

    /// <summary>The file's name as uploaded, without folders.</summary>
    public string Name { get; }

    /// <summary>Why the file is refused, in words for the uploader; null when it is a good image.</summary>
    public string? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>What the media module checked and keeps until saved; opaque to others.</summary>
    internal CheckedUpload? Upload { get; }
}

/// <summary>A private image's bytes (the caller disposes the stream) and the type to serve them as.</summary>
public sealed record PrivateImageContent(Stream Content, string ContentType);
