using Portal.Testing;

namespace Portal.Search.Tests.Indexing;

/// <summary><c>dotnet Portal.Web.dll search rebuild|status</c> against a site of its own.</summary>
[DatabaseSensitive("the command line on the same database")]
public sealed class SearchCommandTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-search-cli-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        ["Portal:Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(_folder, "portal.db")}",
        ["Portal:AppData"] = _folder,
    };

    [Fact]
    public async Task Rebuild_BuildsThisMachinesCopy_AndStatusShowsIt()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(Settings, Timeout, "search", "rebuild");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"索引 “main” 已重建：([2-9]\d|\d{3,}) 个文档", output);
        Assert.Single(Directory.GetDirectories(Path.Combine(_folder, "search", "main")));

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

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
