namespace Portal.Media.Storage;

/// <summary>Keeps files in a folder on disk (by default <c>App_Data/media</c>).</summary>
internal sealed class FileSystemMediaStore(string root) : IMediaStore
{
    private readonly string _root = Path.GetFullPath(root);

    public string Root => _root;

    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and moved in, so a reader never sees half a file.
        var temporary = target + ".uploading";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await content.CopyToAsync(file, cancellationToken);
            File.Move(temporary, target, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        Stream? stream = File.Exists(file)
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default)
        => Task.FromResult(File.Exists(Resolve(path)));

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        File.Delete(Resolve(path));
        return Task.CompletedTask;
    }

    /// <summary>The full path of <paramref name="path"/>, which must stay inside the root.</summary>
    private string Resolve(string path)
    {
        if (!MediaPaths.IsSafe(path))
            throw new ArgumentException($"“{path}” 不是有效的媒体文件路径。", nameof(path));
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"“{path}” 不是有效的媒体文件路径。", nameof(path));
        return full;
    }
}
