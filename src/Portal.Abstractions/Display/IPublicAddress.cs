namespace Portal.Abstractions.Display;

/// <summary>
/// The site's public root for addresses that leave it (feeds, the API, the sitemap, QR codes, calendar files): from
/// <c>Portal:PublicBaseUrl</c> when set, since behind a proxy the request may not show the public host; otherwise from
/// the current request.
/// </summary>
public interface IPublicAddress
{
    /// <summary>The setting that names the public root, e.g. <c>https://wmsj.jiangyin.gov.cn/</c>.</summary>
    const string SettingKey = "Portal:PublicBaseUrl";

    /// <summary>The root without a trailing slash, e.g. <c>https://wmsj.jiangyin.gov.cn</c>.</summary>
    string BaseUrl { get; }

    /// <summary><paramref name="localUrl"/> (a path such as <c>/activities/3</c>, already percent-encoded) made absolute.</summary>
    string Absolute(string localUrl);
}
