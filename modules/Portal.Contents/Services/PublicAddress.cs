using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Portal.Abstractions.Display;

namespace Portal.Contents.Services;

/// <summary>Absolute addresses for what leaves the site (feeds, the API, the sitemap), from <see cref="PublicBaseUrl"/>.</summary>
internal sealed class PublicAddress(IConfiguration configuration, IHttpContextAccessor http)
{
    /// <summary>The site's root without a trailing slash, e.g. <c>https://wmsj.jiangyin.gov.cn</c>.</summary>
    public string BaseUrl => PublicBaseUrl.Of(configuration,
        http.HttpContext?.Request ?? throw new InvalidOperationException($"没有请求，也没有设置 {PublicBaseUrl.SettingKey}。"));

    /// <summary><paramref name="localUrl"/> (starting with <c>/</c>, already percent-encoded) made absolute.</summary>
    public string Absolute(string localUrl) => BaseUrl + (localUrl.StartsWith('/') ? localUrl : "/" + localUrl);
}
