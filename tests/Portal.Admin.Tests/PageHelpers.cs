using AngleSharp.Dom;
using Portal.Testing;

namespace Portal.Admin.Tests;

/// <summary>Small readers of admin pages and forged posts, shared by this project's tests.</summary>
internal static class PageHelpers
{
    public const string Password = "Tester-pass-2026";

    /// <summary>Where a redirect points, as a local path and query whether the header is absolute or not.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page a redirect points to, as the same signed-in client.</summary>
    public static Task<IDocument> FollowAsync(this PortalClient client, HttpResponseMessage redirect)
        => client.GetPageAsync(redirect.RedirectTarget());

    public static async Task<string> AntiforgeryTokenAsync(this PortalClient client, string page)
        => (await client.GetPageAsync(page)).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
           ?? throw new InvalidOperationException($"{page} has no antiforgery token.");

    /// <summary>Posts to <paramref name="url"/> with an antiforgery token taken from <paramref name="tokenPage"/>, as a hand-made request would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this PortalClient client, string tokenPage, string url)
        => await client.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(tokenPage))]));

    public static IReadOnlyList<string> MenuLinks(this IDocument page)
        => page.QuerySelectorAll("nav.sidebar a").Select(a => a.TextContent.Trim()).ToList();

    public static string Errors(this IDocument page)
        => string.Join("\n", page.QuerySelectorAll(".alert-error").Select(e => e.TextContent.Trim()));

    public static string Successes(this IDocument page)
        => string.Join("\n", page.QuerySelectorAll(".alert-success").Select(e => e.TextContent.Trim()));
}
