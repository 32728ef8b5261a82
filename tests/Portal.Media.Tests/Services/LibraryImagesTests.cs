using Portal.Abstractions.Modules;
using Portal.Media.Contracts;
using Portal.Media.Services;

namespace Portal.Media.Tests.Services;

/// <summary>The one check Activities (cover) and Resources (photos) use for a picture given by address; no site needed.</summary>
public sealed class LibraryImagesTests
{
    private sealed class Features(bool mediaOn) : IFeatureState
    {
        public bool IsEnabled(string featureId) => featureId != MediaFeature.Id || mediaOn;

        public bool IsEnabledFor(Type registeredType) => true;
    }

    private sealed class Library(params MediaInfo[] files) : IMediaLibrary
    {
        public Task<MediaInfo?> FindAsync(string path, CancellationToken cancellationToken = default)
            => Task.FromResult(files.FirstOrDefault(f => f.Path == path));
    }

    private static MediaInfo File(string path, MediaKind kind)
        => new(1, path, "a", kind, kind == MediaKind.Image ? "image/jpeg" : "application/pdf", 10, null, null, "", []);

    private static readonly Library Stored = new(File("2026/11/photo.jpg", MediaKind.Image), File("2026/11/plan.pdf", MediaKind.Document));

    [Fact]
    public async Task AnImageOfTheLibrary_IsAccepted()
        => Assert.Null(await new LibraryImages(new Features(true), Stored).ProblemAsync("/media/2026/11/photo.jpg", "封面"));

    [Theory]
    [InlineData("http://example.com/a.jpg")]
    [InlineData("/media/thumbs/320/2026/11/photo.jpg")]
    [InlineData("/uploads/a.jpg")]
    public async Task AnAddressOutsideTheLibrary_IsRefused_NamingThePicture(string url)
        => Assert.Equal("封面应为媒体库中的图片地址（以 /media/ 开头）。", await new LibraryImages(new Features(true), Stored).ProblemAsync(url, "封面"));

    [Fact]
    public async Task AnOverlongAddress_IsRefused()
        => Assert.NotNull(await new LibraryImages(new Features(true), Stored).ProblemAsync("/media/" + new string('a', ILibraryImages.MaxUrlLength), "封面"));

    [Theory]
    [InlineData("/media/2026/11/none.jpg")]
    [InlineData("/media/2026/11/plan.pdf")]
    public async Task AMissingFileOrADocument_IsNoImageOfTheLibrary(string url)
        => Assert.StartsWith("媒体库中没有图片", await new LibraryImages(new Features(true), Stored).ProblemAsync(url, "照片 “x”"));

    [Fact]
    public async Task WithMediaSwitchedOff_OnlyTheAddressIsChecked()
    {
        var images = new LibraryImages(new Features(false), Stored);
        Assert.Null(await images.ProblemAsync("/media/2026/11/none.jpg", "封面"));
        Assert.NotNull(await images.ProblemAsync("http://example.com/a.jpg", "封面"));
    }
}
