using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.Testing;

/// <summary>
/// The site as its own process (<c>dotnet Portal.Web.dll</c>): a second web node on a test site's database, or a
/// command-line run. Settings are passed as environment variables (<c>Portal:AppData</c> → <c>Portal__AppData</c>).
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>What the process wrote so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts a web node and waits until <c>/health</c> answers.</summary>
    public static async Task<SiteProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(settings);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        var site = new SiteProcess(Process.Start(start)!, address);

        using var client = site.CreateClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (site._process.HasExited)
                throw new InvalidOperationException($"The node exited with {site._process.ExitCode}:\n{site.Output}");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                    return site;
            }
            catch (HttpRequestException)
            {
            }
            if (clock.Elapsed > timeout)
            {
                await site.DisposeAsync();
                throw new TimeoutException($"The node did not answer /health within {timeout.TotalSeconds} s:\n{site.Output}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Runs a command (<c>recipe run …</c>, <c>search rebuild</c>) to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, params string[] args)
    {
        var start = StartInfo(settings);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A client for this node that keeps cookies and does not follow redirects, like <see cref="PortalFactory.CreatePortalClient"/>.</summary>
    public HttpClient CreateClient()
        => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Address };

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = settings.TryGetValue("Portal:AppData", out var appData) ? appData : Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PORTAL_ADMIN_PASSWORD"] = PortalFactory.AdminPassword;
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__")] = value;
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
