namespace Portal.Explainers.Services;

/// <summary>Addresses a page may link to: never <c>javascript:</c>, <c>data:</c> or a protocol-relative host.</summary>
internal static class SafeUrls
{
    public static bool IsWeb(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static bool IsWebOrLocal(string url)
        => (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')) || IsWeb(url);
}
