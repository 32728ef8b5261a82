using AngleSharp.Dom;
using Portal.Testing;

namespace Portal.Users.Tests;

/// <summary>Small readers of admin pages and forged posts, shared by this project's tests.</summary>
internal static class PageHelpers
{
    public const string Password = "Tester-pass-2026";

    public static Dictionary<string, string> Fields(params (string Name, string Value)[] fields)
        => fields.ToDictionary(f => f.Name, f => f.Value);

    /// <summary>Where a redirect points, as a local path and query whether the header is absolute or not.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page a redirect points to, as the same signed-in client.</summary>
    public static Task<IDocument> FollowAsync(this PortalClient client, HttpResponseMessage redirect)
        => client.GetPageAsync(redirect.RedirectTarget());

    /// <summary>Posts <paramref name="fields"/> to <paramref name="url"/> with an antiforgery token taken from <paramref name="tokenPage"/>, as a hand-made request would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this PortalClient client, string tokenPage, string url, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{tokenPage} has no antiforgery token.");
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(url, content);
    }

    public static IReadOnlyList<string> MenuLinks(this IDocument page)
        => page.QuerySelectorAll("nav.sidebar a").Select(a => a.TextContent.Trim()).ToList();

    public static string Errors(this IDocument page)
        => string.Join("\n", page.QuerySelectorAll(".alert-error, .field-error").Select(e => e.TextContent.Trim()));
}
