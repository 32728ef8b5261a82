using Portal.Search.Indexing;
using Portal.Testing;

namespace Portal.Search.Tests.Indexing;

/// <summary>
/// <c>dotnet Portal.Web.dll search rebuild|status</c> on a copy of the set-up site and the tier's database: the command
/// runs on a site that already has its index, as it does in use.
/// </summary>
[DatabaseSensitive("the command line on the same database")]
public sealed class SearchCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly PortalFactory _site = new();

    private IReadOnlyDictionary<string, string> Settings => _site.PrepareForProcess();

    [Fact]
    public async Task Rebuild_BuildsThisMachinesCopy_AndStatusShowsIt()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(Settings, Timeout, "search", "rebuild");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"索引 “main” 已重建：([2-9]\d|\d{3,}) 个文档", output);
        // The copy it replaces is deleted when the site next opens the index.
        Assert.Equal(2, LocalIndex.FindNewest(Path.Combine(_site.AppData, "search", "main"))!.Value.State.Generation);

        (exitCode, output) = await SiteProcess.RunAsync(Settings, Timeout, "search", "status");
        Assert.Equal(0, exitCode);
        Assert.Matches(@"索引 main: generation 2, Chinese", output);
        Assert.Matches(@"documents ([2-9]\d|\d{3,}), checkpoint \d+, behind 0", output);
    }

    [Fact]
    public async Task Rebuild_OfAnUnknownIndex_IsRefused()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(Settings, Timeout, "search", "rebuild", "nope");

        Assert.Equal(1, exitCode);
        Assert.Contains("没有名为“nope”的索引。", output);
    }

    [Fact]
    public async Task WrongArguments_PrintTheUsage()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(Settings, Timeout, "search", "reindex");

        Assert.Equal(2, exitCode);
        Assert.Contains("search rebuild [INDEX] | search status", output);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
