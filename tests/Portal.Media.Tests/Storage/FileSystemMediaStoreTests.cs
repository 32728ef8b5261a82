using Portal.Media.Storage;

namespace Portal.Media.Tests.Storage;

public sealed class FileSystemMediaStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-media-store-" + Guid.NewGuid().ToString("N"));
    private readonly FileSystemMediaStore _store;

    public FileSystemMediaStoreTests()
    {
        _store = new FileSystemMediaStore(Path.Combine(_folder, "media"));
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "portal.db"), "secret");
    }

    [Fact]
    public async Task SaveOpenDelete_RoundTripAFile()
    {
        await _store.SaveAsync("2026/11/abc.pdf", new MemoryStream([1, 2, 3]));

        Assert.True(await _store.ExistsAsync("2026/11/abc.pdf"));
        await using (var stream = await _store.OpenReadAsync("2026/11/abc.pdf"))
        {
            var copy = new MemoryStream();
            await stream!.CopyToAsync(copy);
            Assert.Equal([1, 2, 3], copy.ToArray());
        }
        await _store.DeleteAsync("2026/11/abc.pdf");
        Assert.False(await _store.ExistsAsync("2026/11/abc.pdf"));
        Assert.Null(await _store.OpenReadAsync("2026/11/abc.pdf"));
    }

    [Fact]
    public async Task Save_NeverOverwritesAnExistingFile()
    {
        await _store.SaveAsync("2026/11/abc.pdf", new MemoryStream([1]));

        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync("2026/11/abc.pdf", new MemoryStream([2])));
        Assert.Equal([1], await File.ReadAllBytesAsync(Path.Combine(_folder, "media", "2026", "11", "abc.pdf")));
    }

    [Theory]
    [InlineData("../portal.db")]
    [InlineData("2026/../../portal.db")]
    [InlineData("/etc/passwd")]
    [InlineData(@"..\portal.db")]
    public async Task APathOutsideTheStore_IsRefusedAndNothingOutsideIsTouched(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(path, new MemoryStream([0])));
        Assert.Equal("secret", await File.ReadAllTextAsync(Path.Combine(_folder, "portal.db")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
