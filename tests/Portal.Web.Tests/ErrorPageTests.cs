using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Display;
using Portal.Testing;

namespace Portal.Web.Tests;

public sealed class ErrorPageTests(ErrorPageTests.FailingSiteFactory factory) : IClassFixture<ErrorPageTests.FailingSiteFactory>
{
    [Fact]
    public async Task UnknownPage_ShowsTheFriendly404Page()
    {
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/no-such-page");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task AStatusWithoutItsOwnTemplate_FallsBackToTheGenericErrorTemplate()
    {
        var (userName, _) = await factory.CreateUserAsync("Volunteer-pass-1", Portal.Abstractions.Security.RoleNames.Volunteer);
        using var client = await factory.CreateClientAsAsync(userName, "Volunteer-pass-1");
        client.Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/admin");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", page.Title);
        Assert.Contains("403", page.Body!.TextContent);
    }

    [Fact]
    public async Task FailingRequest_ShowsAFriendlyPageWithoutAStackTrace()
    {
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync(FailingSiteFactory.FailingPath);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("服务暂时不可用", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at ", html);
        Assert.DoesNotContain(FailingSiteFactory.SecretDetail, html);
    }

    /// <summary>
    /// A site where one request fails while its page is being rendered (a navigation provider throws),
    /// inside the pipeline and past the error handler.
    /// </summary>
    public sealed class FailingSiteFactory : PortalFactory
    {
        public const string FailingPath = "/?fail=1";
        public const string SecretDetail = "connection refused by 10.0.0.7";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPublicNavigationProvider, FailingNavigation>());
        }

        private sealed class FailingNavigation(IHttpContextAccessor http) : IPublicNavigationProvider
        {
            public IEnumerable<NavigationLink> GetLinks()
            {
                var context = http.HttpContext!;
                // Only the first render fails, so the error page itself can be drawn.
                if (context.Request.Query.ContainsKey("fail") && context.Items.TryAdd(nameof(FailingNavigation), true))
                    throw new InvalidOperationException(SecretDetail);
                return [];
            }
        }
    }
}
