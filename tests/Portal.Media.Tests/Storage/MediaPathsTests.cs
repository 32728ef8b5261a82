using Portal.Media.Storage;

namespace Portal.Media.Tests.Storage;

public sealed class MediaPathsTests
{
    [Fact]
    public void NewPath_IsYearMonthAndARandomName()
    {
        var path = MediaPaths.NewPath(new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.FromHours(8)), ".jpg");

        Assert.Matches(@"^2026/11/[a-z0-9]{16}\.jpg$", path);
        Assert.True(MediaPaths.IsStoredPath(path));
        Assert.NotEqual(path, MediaPaths.NewPath(new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.FromHours(8)), ".jpg"));
    }

    [Theory]
    [InlineData("2026/11/abc.jpg", true)]
    [InlineData("thumbs/320/2026/11/abc.webp", true)]
    [InlineData("../portal.db", false)]
    [InlineData("2026/../../portal.db", false)]
    [InlineData("2026/./abc.jpg", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData(@"2026\11\abc.jpg", false)]
    [InlineData("2026//abc.jpg", false)]
    [InlineData("2026/11/ABC.jpg", false)]
    [InlineData("2026/11/a%2e.jpg", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSafe_AcceptsOnlyPlainRelativePaths(string? path, bool safe) => Assert.Equal(safe, MediaPaths.IsSafe(path));

    [Theory]
    [InlineData("2026/11/abcdefghijklmnop.png", true)]
    [InlineData("2026/11/abcdefghijklmnop.png/..", false)]
    [InlineData("thumbs/320/2026/11/abcdefghijklmnop.png", false)]
    [InlineData("2026/11/abc.png", false)]
    public void IsStoredPath_AcceptsOnlyGeneratedNames(string path, bool stored) => Assert.Equal(stored, MediaPaths.IsStoredPath(path));

    [Fact]
    public void ThumbnailPath_KeepsTheStemUnderItsWidth()
        => Assert.Equal("thumbs/320/2026/11/abcdefghijklmnop.webp", MediaPaths.ThumbnailPath("2026/11/abcdefghijklmnop.png", 320, ".webp"));

    [Fact]
    public void NewPrivatePath_IsUnderItsAreaAndNeverAPublicPath()
    {
        var path = MediaPaths.NewPrivatePath("volunteers", new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.FromHours(8)), ".jpg");

        Assert.Matches(@"^private/volunteers/2026/11/[a-z0-9]{16}\.jpg$", path);
        Assert.True(MediaPaths.IsPrivatePath(path));
        Assert.False(MediaPaths.IsStoredPath(path));
    }

    [Fact]
    public void PrivateThumbnailPath_StaysInItsArea()
        => Assert.Equal("private/volunteers/thumbs/320/2026/11/abcdefghijklmnop.jpg",
            MediaPaths.PrivateThumbnailPath("private/volunteers/2026/11/abcdefghijklmnop.jpg", 320, ".jpg"));

    [Theory]
    [InlineData("private/volunteers/2026/11/abcdefghijklmnop.png", true)]
    [InlineData("private/volunteers/thumbs/320/2026/11/abcdefghijklmnop.png", false)]
    [InlineData("private/../2026/11/abcdefghijklmnop.png", false)]
    [InlineData("2026/11/abcdefghijklmnop.png", false)]
    public void IsPrivatePath_AcceptsOnlyGeneratedPrivateNames(string path, bool isPrivate) => Assert.Equal(isPrivate, MediaPaths.IsPrivatePath(path));
}
