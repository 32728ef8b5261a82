using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Search.Bench;

/// <summary>
/// The site as it runs in production: <c>dotnet Portal.Web.dll</c> in a process of its own on a SQLite database and
/// App_Data in <see cref="Folder"/>, listening on a free local port. Its output is kept (the last lines) to show
/// when it fails to start.
/// </summary>
internal sealed class SiteProcess : IDisposable
{
    public const string AdminPassword = "Bench-pass-2026";

    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiteProcess(Process process, string folder, Uri address)
    {
        _process = process;
        Folder = folder;
        Address = address;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Folder { get; }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string OutputTail => string.Join('\n', _output);

    /// <summary>Starts the site and waits until <c>/health</c> answers.</summary>
    public static async Task<SiteProcess> StartAsync(string folder, TimeSpan timeout)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        // The site runs from the bench's output folder, as from a deployment: its appsettings.json and recipes are there.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        start.Environment["Portal__Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        start.Environment["Portal__AppData"] = folder;
        start.Environment["PORTAL_ADMIN_PASSWORD"] = AdminPassword;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');

        var site = new SiteProcess(Process.Start(start)!, folder, address);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (site._process.HasExited)
                break;
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                    return site;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        var tail = site.OutputTail;
        site.Dispose();
        throw new InvalidOperationException($"The site did not answer /health within {timeout.TotalSeconds:F0} s. Its last output:\n{tail}");
    }

    /// <summary>The resident set of the process (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmRSS:".Length..].Trim().Split(' ')[0], out var kilobytes))
                return kilobytes * 1024;
        }

        _process.Refresh();
        return _process.WorkingSet64;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > KeptLines)
            _output.TryDequeue(out _);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
