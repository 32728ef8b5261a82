using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>A site with one request that fails inside the pipeline, past the error handler.</summary>
    public sealed class FailingSiteFactory : PortalFactory
    {
        public const string FailingPath = "/test-only/fails";
        public const string SecretDetail = "connection refused by 10.0.0.7";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FailingFilter>());
        }

        private sealed class FailingFilter : IStartupFilter
        {
            // The request gets its endpoint before routing (which then keeps it), so the content catch-all
            // cannot answer it with a 404 and the failure happens where real endpoints fail.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    if (context.Request.Path == FailingPath)
                        context.SetEndpoint(new Endpoint(_ => throw new InvalidOperationException(SecretDetail), EndpointMetadataCollection.Empty, "Failing"));
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
