using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Portal.Abstractions.Display;

namespace Portal.Core.Display;

/// <summary>Reads the setting on every call (configuration may reload) and otherwise the request being served.</summary>
internal sealed class PublicAddress(IConfiguration configuration, IHttpContextAccessor http) : IPublicAddress
{
    public string BaseUrl => Of(configuration[IPublicAddress.SettingKey], http.HttpContext?.Request);

    public string Absolute(string localUrl) => BaseUrl + (localUrl.StartsWith('/') ? localUrl : "/" + localUrl);

    /// <summary>The configured root when it is an absolute http(s) address, else the request's scheme, host and path base.</summary>
    /// <remarks>The scheme is checked because on Linux <c>/path</c> parses as an absolute <c>file:</c> address.</remarks>
    public static string Of(string? configured, HttpRequest? request)
    {
        if (configured is { Length: > 0 } && Uri.TryCreate(configured, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return configured.TrimEnd('/');
        if (request is null)
            throw new InvalidOperationException($"没有请求，也没有设置 {IPublicAddress.SettingKey}，无法得出网站的公开地址。");
        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
