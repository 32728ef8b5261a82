using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Portal.Testing;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// A freshly set-up site (SQLite, the default recipe's sample content) served by Kestrel on a loopback port, so a real
/// browser can reach it, with a headless Chromium to drive it. One per test class: the class's journeys share both.
/// </summary>
public sealed class BrowserSite : PortalFactory, IAsyncLifetime
{
    private Browser? _browser;

    public BrowserSite()
    {
        var port = FreePort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>The class's browser, started on first use.</summary>
    public Browser Browser => _browser ??= new Browser(Address);

    /// <summary>A client signed in as <paramref name="userName"/> that talks to this site's Kestrel, for staff's steps between a journey's pages.</summary>
    public async Task<PortalClient> CreateClientAsync(string userName = "admin", string password = AdminPassword)
    {
        var client = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
        });
        var response = await client.LoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} answered {(int)response.StatusCode}.");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The theme's CSS and the modules' scripts are static web assets of the projects; outside Development they are
        // served only from a publish folder, unless the build's manifest of their source files is used, as here.
        builder.UseStaticWebAssets();
    }

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        _browser?.Dispose();
        await DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
