using System.Net;
using Portal.Testing;

namespace Portal.Users.Tests.Controllers;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task SignInAttemptsBeyondTheLimit_AreRefusedWithAFriendlyPage()
    {
        await using var factory = new LimitedFactory();
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            attempts.Add((await client.LoginAsync("nobody", "Wrong-pass-2026")).StatusCode);
        var refused = await client.LoginAsync("nobody", "Wrong-pass-2026");
        var page = await PortalClient.ParseAsync(refused);

        Assert.All(attempts.Take(3), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[3]);
        Assert.Contains("访问过于频繁", page.Body!.TextContent);
    }

    private sealed class LimitedFactory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Portal:RateLimits:PublicWritesPerMinute", "3")];
    }
}
