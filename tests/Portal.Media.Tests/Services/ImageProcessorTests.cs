using System.Text;
using Portal.Media.Services;
using Portal.Testing;

namespace Portal.Media.Tests.Services;

public sealed class ImageProcessorTests
{
    [Fact]
    public void Process_MakesEveryThumbnailWidthKeepingTheAspect()
    {
        using var content = new MemoryStream(TestFiles.Png(1600, 900));

        var outcome = ImageProcessor.Process(content, FileFormat.Png, 50_000_000, ThumbnailFormat.WebP);

        Assert.Null(outcome.Error);
        Assert.Equal((1600, 900), (outcome.Image!.Width, outcome.Image.Height));
        Assert.Equal(Thumbnails.Widths, outcome.Image.Thumbnails.Select(t => t.Width));
        using var small = SkiaSharp.SKBitmap.Decode(outcome.Image.Thumbnails[0].Data);
        Assert.Equal((320, 180), (small.Width, small.Height));
    }

    [Fact]
    public void Process_NeverEnlargesASmallImage()
    {
        using var content = new MemoryStream(TestFiles.Png(200, 100));

        var outcome = ImageProcessor.Process(content, FileFormat.Png, 50_000_000, ThumbnailFormat.WebP);

        using var large = SkiaSharp.SKBitmap.Decode(outcome.Image!.Thumbnails[^1].Data);
        Assert.Equal((200, 100), (large.Width, large.Height));
    }

    [Fact]
    public void Process_RefusesAPngHeaderWithoutAnImage()
    {
        var broken = TestFiles.Png(50, 50)[..60];
        using var content = new MemoryStream(broken);

        var outcome = ImageProcessor.Process(content, FileFormat.Png, 50_000_000, ThumbnailFormat.WebP);

        Assert.Null(outcome.Image);
        Assert.Contains("损坏", outcome.Error);
    }

    [Fact]
    public void Process_RefusesAnImageWithTooManyPixels()
    {
        using var content = new MemoryStream(TestFiles.Png(100, 100));

        var outcome = ImageProcessor.Process(content, FileFormat.Png, 5_000, ThumbnailFormat.WebP);

        Assert.Contains("100×100 过大", outcome.Error);
    }

    [Fact]
    public void Process_RefusesContentThatSkiaDoesNotSeeAsTheExpectedFormat()
    {
        using var content = new MemoryStream(Encoding.ASCII.GetBytes("GIF89a but nothing else"));

        Assert.NotNull(ImageProcessor.Process(content, FileFormat.Gif, 50_000_000, ThumbnailFormat.WebP).Error);
    }
}
