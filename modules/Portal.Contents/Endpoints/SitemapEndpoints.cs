using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9: the home page, each listable type's list, every published
/// item with an address) and <c>/robots.txt</c> pointing to it.
/// </summary>
internal static class SitemapEndpoints
{
    public static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limit for one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    public static void MapSitemapEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async Task<FileContentHttpResult> (
                IContentManager contents, IContentDefinitionStore definitions, IContentDisplay display, IPublicAddress address, CancellationToken ct) =>
            {
                var urls = new List<XElement> { Url(address.Absolute("/"), null) };
                foreach (var type in await definitions.ListTypesAsync(ct))
                    if (type.Listable && type.RoutePrefix.Length > 0)
                        urls.Add(Url(address.Absolute(ContentDisplay.PathToUrl(type.RoutePrefix)), null));

                const int batch = 500;
                for (var skip = 0; urls.Count < MaxUrls; skip += batch)
                {
                    var page = await contents.QueryAsync(new ContentQuery { Skip = skip, Take = batch }, ct);
                    foreach (var item in page.Items)
                        if (display.UrlOf(item) is { Length: > 0 } url && urls.Count < MaxUrls)
                            urls.Add(Url(address.Absolute(url), item.ChangedUtc));
                    if (page.Items.Count < batch)
                        break;
                }

                var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Namespace + "urlset", urls));
                using var stream = new MemoryStream();
                using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
                    document.Save(writer);
                return TypedResults.Bytes(stream.ToArray(), "application/xml; charset=utf-8");
            })
            .WithName(ContentsRoutes.Sitemap);

        endpoints.MapGet("/robots.txt", (IPublicAddress address) => TypedResults.Text(
                $"""
                User-agent: *
                Allow: /
                Disallow: /admin/
                Disallow: /account/

                Sitemap: {address.Absolute("/sitemap.xml")}

                """.ReplaceLineEndings("\n"), "text/plain; charset=utf-8"))
            .WithName(ContentsRoutes.Robots);
    }

    private static XElement Url(string location, DateTime? changedUtc)
    {
        var url = new XElement(Namespace + "url", new XElement(Namespace + "loc", location));
        if (changedUtc is { } changed)
            url.Add(new XElement(Namespace + "lastmod", ChinaTime.FromUtc(changed).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        return url;
    }
}
