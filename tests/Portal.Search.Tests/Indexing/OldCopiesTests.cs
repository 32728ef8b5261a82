using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Tests.Indexing;

/// <summary>Which copies of an index a node deletes when it opens the newest complete one.</summary>
public sealed class OldCopiesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-index-copies-").FullName;

    private string Complete(int generation)
    {
        var index = LocalIndex.Create("main", _folder, generation, AnalysisKind.Chinese);
        index.Commit(checkpoint: 0);
        index.Dispose();
        Thread.Sleep(20); // the next copy's folder name has a later time
        return index.Folder;
    }

    private string Unfinished(int generation)
    {
        var folder = Path.Combine(_folder, $"g{generation}-{DateTime.UtcNow:yyyyMMddHHmmssfff}");
        Directory.CreateDirectory(folder);
        Thread.Sleep(20);
        return folder;
    }

    [Fact]
    public void OpeningTheNewestCopy_DeletesOlderCopies_ButNotARebuildInProgress()
    {
        var older = Complete(1);
        var abandoned = Unfinished(1);
        var newest = Complete(2);
        var rebuilding = Unfinished(3);

        var (keep, state) = LocalIndex.FindNewest(_folder)!.Value;
        LocalIndex.DeleteOthers(_folder, keep, state.Generation);

        Assert.Equal(newest, keep);
        Assert.False(Directory.Exists(older));
        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(newest));
        Assert.True(Directory.Exists(rebuilding), "a rebuild of a newer generation, not finished yet, was deleted");
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
