using AngleSharp.Dom;

namespace Portal.Testing;

/// <summary>Readers of admin pages and hand-made posts, shared by the functional tests.</summary>
public static class PageExtensions
{
    /// <summary>Where a redirect points, as a local path and query whether the header is absolute or not.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page a redirect points to, as the same client.</summary>
    public static Task<IDocument> FollowAsync(this PortalClient client, HttpResponseMessage redirect)
        => client.GetPageAsync(redirect.RedirectTarget());

    public static async Task<string> AntiforgeryTokenAsync(this PortalClient client, string page)
        => (await client.GetPageAsync(page)).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
           ?? throw new InvalidOperationException($"{page} has no antiforgery token.");

    /// <summary>Posts <paramref name="fields"/> to <paramref name="url"/> with a token taken from <paramref name="tokenPage"/>, as a forged request would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this PortalClient client, string tokenPage, string url, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(tokenPage);
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(url, content);
    }

    /// <summary>The links of the admin menu.</summary>
    public static IReadOnlyList<string> MenuLinks(this IDocument page)
        => page.QuerySelectorAll("nav.sidebar a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The page's error messages (status and field messages), one per line.</summary>
    public static string Errors(this IDocument page) => Texts(page, ".alert-error, .field-error");

    public static string Successes(this IDocument page) => Texts(page, ".alert-success");

    private static string Texts(IDocument page, string selector)
        => string.Join("\n", page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
}
