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

    /// <summary>
    /// A new path for an image kept for <paramref name="area"/> (a module) only: <c>private/{area}/yyyy/MM/{random}{ext}</c>.
    /// The public <c>/media</c> addresses serve only <see cref="NewPath"/>'s paths, so none of these.
    /// </summary>
    public static string NewPrivatePath(string area, DateTimeOffset localNow, string extension)
        => $"{PrivateFolder}{area}/{NewPath(localNow, extension)}";

    /// <summary>True for a path <see cref="NewPrivatePath"/> could have made.</summary>
    public static bool IsPrivatePath(string? path) => path is not null && PrivatePath().IsMatch(path);

    /// <summary>A private image's thumbnail, in its area's own <c>thumbs</c> folder: <c>private/{area}/thumbs/{width}/yyyy/MM/{random}{ext}</c>.</summary>
    public static string PrivateThumbnailPath(string path, int width, string thumbnailExtension)
    {
        var areaEnd = path.IndexOf('/', PrivateFolder.Length) + 1;
        return path[..areaEnd] + ThumbnailPath(path[areaEnd..], width, thumbnailExtension);
    }

    /// <summary>True for an area name: a few lower-case letters.</summary>
    public static bool IsArea(string? area) => area is not null && Area().IsMatch(area);

    private const string PrivateFolder = "private/";

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

    [GeneratedRegex(@"^private/[a-z]{1,32}/[0-9]{4}/[0-9]{2}/[a-z0-9]{16}\.[a-z]{3,4}$")]
    private static partial Regex PrivatePath();

    [GeneratedRegex(@"^[a-z]{1,32}$")]
    private static partial Regex Area();

    [GeneratedRegex(@"^[a-z0-9._\-]+(/[a-z0-9._\-]+)*$")]
    private static partial Regex SafePath();
}
