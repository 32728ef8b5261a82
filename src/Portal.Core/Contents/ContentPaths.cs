using System.Text;

namespace Portal.Core.Contents;

/// <summary>
/// Public addresses of items: readable (Chinese allowed, percent-encoded on the wire), stable, and never
/// in the way of the site's own routes.
/// </summary>
internal static class ContentPaths
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "account", "api", "media", "feeds", "search", "units", "_content", "sitemap.xml", "robots.txt", "error",
    };

    /// <summary><c>{prefix}/{yyyy}/{MM}/{last 10 of id (the random part)}</c>, e.g. <c>news/2026/11/8c0f3a9c1d</c>.</summary>
    public static string Default(string prefix, DateTime utc, string contentItemId)
    {
        var local = utc.AddHours(8);
        return $"{prefix}/{local:yyyy}/{local:MM}/{contentItemId[^10..]}";
    }

    /// <summary>Trims slashes and spaces; null when empty.</summary>
    public static string? Normalize(string? path)
    {
        var trimmed = path?.Trim().Trim('/').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Why the path cannot be used, or null when it can.</summary>
    public static string? Problem(string path)
    {
        if (path.Length > 200)
            return "网址最多 200 个字符。";
        var segments = path.Split('/');
        if (Reserved.Contains(segments[0]))
            return $"网址不能以 “{segments[0]}” 开头，它属于网站本身。";
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment is "." or "..")
                return "网址的每一段都不能为空，也不能是 . 或 ..。";
            foreach (var rune in segment.EnumerateRunes())
                if (!Allowed(rune))
                    return $"网址不能含有字符 “{rune}”：可用文字、字母、数字、-、_ 和 /。";
        }
        return null;
    }

    private static bool Allowed(Rune rune)
        => Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '.';
}
