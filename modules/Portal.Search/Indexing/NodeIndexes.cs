using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Search.Indexing;

/// <summary>
/// The indexes this node holds open, under <c>App_Data/search</c>. Searches read them; only the indexing task (or
/// the command line's rebuild) writes them. A replaced copy stays open a little longer for searches still
/// reading it and is closed and deleted on the next indexing run.
/// </summary>
internal sealed class NodeIndexes : IDisposable
{
    private readonly Dictionary<string, LocalIndex> _open = [];
    private readonly ConcurrentQueue<LocalIndex> _retired = new();
    private readonly object _gate = new();

    public NodeIndexes(string root, string? nodeName)
    {
        Root = root;
        // Two processes on one machine (or one database) must report apart: the folder tells them apart.
        Node = nodeName ?? $"{Environment.MachineName}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(root))))[..8].ToLowerInvariant()}";
    }

    /// <summary>The folder holding every index of this node.</summary>
    public string Root { get; }

    /// <summary>The name this node reports its state under.</summary>
    public string Node { get; }

    /// <summary>What this node last wrote to its state row, per index, so it writes again only on a change.</summary>
    public ConcurrentDictionary<string, (long Checkpoint, int Documents, DateTime Utc)> LastReport { get; } = new();

    /// <summary>When this node last pruned the log.</summary>
    public DateTime LastPruned { get; set; }

    public string FolderOf(string index) => Path.Combine(Root, index);

    /// <summary>The copy searches read: open only once the indexing task has opened or built it.</summary>
    public LocalIndex? Find(string index)
    {
        lock (_gate)
            return _open.GetValueOrDefault(index);
    }

    /// <summary>The open copy of <paramref name="index"/>, opening the newest on disk on first use; null when this node has none yet.</summary>
    public LocalIndex? Get(string index)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(index, out var open))
                return open;
            if (LocalIndex.FindNewest(FolderOf(index)) is not { } newest)
                return null;
            LocalIndex.DeleteOthers(FolderOf(index), newest.Folder, newest.State.Generation);
            return _open[index] = LocalIndex.Open(index, newest.Folder, newest.State);
        }
    }

    /// <summary>
    /// Switches to a newer complete copy on disk than the open one (built by the command line's rebuild), if there
    /// is one; returns the copy now open.
    /// </summary>
    public LocalIndex? PickUpNewer(string index)
    {
        lock (_gate)
        {
            var open = Get(index);
            if (LocalIndex.FindNewest(FolderOf(index)) is not { } newest || newest.Folder == open?.Folder)
                return open;
            var opened = LocalIndex.Open(index, newest.Folder, newest.State);
            Replace(opened);
            return opened;
        }
    }

    /// <summary>Puts a freshly built copy in place of the current one.</summary>
    public void Replace(LocalIndex index)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(index.Name, out var old) && old != index)
                _retired.Enqueue(old);
            _open[index.Name] = index;
        }
    }

    /// <summary>Closes and deletes an index this node no longer needs (its definition was deleted).</summary>
    public void Drop(string index)
    {
        lock (_gate)
        {
            if (_open.Remove(index, out var old))
                _retired.Enqueue(old);
            LastReport.TryRemove(index, out _);
        }
    }

    public IReadOnlyCollection<string> OpenNames
    {
        get
        {
            lock (_gate)
                return _open.Keys.ToList();
        }
    }

    /// <summary>Closes and deletes the copies replaced before this run.</summary>
    public void DisposeRetired()
    {
        while (_retired.TryDequeue(out var old))
            old.Discard();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var index in _open.Values)
                index.Dispose();
            _open.Clear();
        }
        while (_retired.TryDequeue(out var old))
            old.Dispose();
    }
}
