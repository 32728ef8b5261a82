using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Portal.Media.Storage;

/// <summary>The names files are stored under: generated at upload, never taken from the uploader.</summary>
internal static partial class MediaPaths
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const int IdLength = 16;

    /// <summary>A new path for an upload: <c>yyyy/MM/{16 random letters and digits}{ext}</c>.</summary>
    public static string NewPath(DateTimeOffset localNow, string extension)
        => $"{localNow:yyyy}/{localNow:MM}/{RandomNumberGenerator.GetString(IdAlphabet, IdLength)}{extension}";

    /// <summary>True for a path <see cref="NewPath"/> could have made; anything else is not ours.</summary>
    public static bool IsStoredPath(string? path) => path is not null && StoredPath().IsMatch(path);

    /// <summary>Where the thumbnail <paramref name="width"/> wide of the original at <paramref name="path"/> is kept.</summary>
    public static string ThumbnailPath(string path, int width, string thumbnailExtension)
        => $"thumbs/{width}/{Path.ChangeExtension(path, thumbnailExtension)}";

    /// <summary>
    /// True for a relative path of lower-case letters, digits, <c>. _ -</c> and single slashes, with no
    /// <c>.</c> or <c>..</c> segment: one that cannot leave the store whatever the file system.
    /// </summary>
    public static bool IsSafe(string? path)
        => !string.IsNullOrEmpty(path)
           && path.Length <= 200
           && SafePath().IsMatch(path)
           && path.Split('/').All(segment => segment is not ("" or "." or ".."));

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[a-z0-9]{16}\.[a-z]{3,4}$")]
    private static partial Regex StoredPath();

    [GeneratedRegex(@"^[a-z0-9._\-]+(/[a-z0-9._\-]+)*$")]
    private static partial Regex SafePath();
}
