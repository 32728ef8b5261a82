using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Portal.Abstractions.Display;

/// <summary>
/// The site's public root for addresses that leave it (feeds, QR codes, calendar files, the sitemap): from
/// <c>Portal:PublicBaseUrl</c> when set, since behind a proxy the request may not show the public host; otherwise from
/// the request itself.
/// </summary>
public static class PublicBaseUrl
{
    public const string SettingKey = "Portal:PublicBaseUrl";

    /// <summary>The root without a trailing slash, e.g. <c>https://wmsj.jiangyin.gov.cn</c>.</summary>
    public static string Of(IConfiguration configuration, HttpRequest request)
        => configuration[SettingKey] is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out _)
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
}
