using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Portal.Contents.Services;

/// <summary>
/// Absolute addresses for what leaves the site (feeds, the API, the sitemap): from
/// <c>Portal:PublicBaseUrl</c> when set, since behind a proxy the request may not show the public
/// host; otherwise from the request itself.
/// </summary>
internal sealed class PublicAddress(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string SettingKey = "Portal:PublicBaseUrl";

    /// <summary>The site's root without a trailing slash, e.g. <c>https://wmsj.jiangyin.gov.cn</c>.</summary>
    public string BaseUrl
    {
        get
        {
            if (configuration[SettingKey] is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out _))
                return configured.TrimEnd('/');
            var request = http.HttpContext?.Request ?? throw new InvalidOperationException($"没有请求，也没有设置 {SettingKey}。");
            return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        }
    }

    /// <summary><paramref name="localUrl"/> (starting with <c>/</c>, already percent-encoded) made absolute.</summary>
    public string Absolute(string localUrl) => BaseUrl + (localUrl.StartsWith('/') ? localUrl : "/" + localUrl);
}
