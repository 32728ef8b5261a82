using SkiaSharp;

namespace Portal.Media.Services;

/// <summary>An image that decoded: its size as shown (after the camera's orientation) and its encoded thumbnails.</summary>
internal sealed record ProcessedImage(int Width, int Height, IReadOnlyList<EncodedThumbnail> Thumbnails);

/// <param name="Width">The nominal width it is served under; an image narrower than that keeps its own.</param>
internal sealed record EncodedThumbnail(int Width, byte[] Data);

/// <summary>The outcome of <see cref="ImageProcessor.Process"/>: an image, or why it was refused.</summary>
internal sealed record ImageOutcome(ProcessedImage? Image, string? Error);

/// <summary>Decodes uploaded images with SkiaSharp and makes their thumbnails; an image that does not decode is refused.</summary>
internal static class ImageProcessor
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    public static ImageOutcome Process(Stream content, FileFormat expected, long maxPixels, ThumbnailFormat output)
    {
        content.Position = 0;
        using var codec = SKCodec.Create(new SKManagedStream(content, disposeManagedStream: false));
        if (codec is null || !Matches(codec.EncodedFormat, expected))
            return Refused("图片无法解码，文件可能已损坏。");

        var info = codec.Info;
        if ((long)info.Width * info.Height > maxPixels)
            return Refused($"图片尺寸 {info.Width}×{info.Height} 过大，像素数不能超过 {maxPixels / 10_000} 万。");

        var origin = codec.EncodedOrigin;
        var swapped = SwapsAxes(origin);
        var (width, height) = swapped ? (info.Height, info.Width) : (info.Width, info.Height);

        // Decoded once, at the smallest scale the codec offers that still covers the widest thumbnail.
        var widest = Thumbnails.Widths[^1];
        var scale = Math.Min(1f, (float)widest / width);
        var scaled = codec.GetScaledDimensions(scale);
        var decodeInfo = new SKImageInfo(scaled.Width, scaled.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodeInfo);
        if (codec.GetPixels(decodeInfo, decoded.GetPixels()) != SKCodecResult.Success)
            return Refused("图片不完整或已损坏，无法解码。");

        using var upright = Orient(decoded, origin);
        var thumbnails = Thumbnails.Widths.Select(w => new EncodedThumbnail(w, Encode(upright, w, output))).ToList();
        return new(new ProcessedImage(width, height, thumbnails), null);
    }

    /// <summary>Scaled to <paramref name="width"/>, keeping the aspect; an image narrower than that keeps its size.</summary>
    private static byte[] Encode(SKBitmap source, int width, ThumbnailFormat output)
    {
        width = Math.Min(width, source.Width);
        var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width));
        using var resized = source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), Sampling)
            ?? throw new InvalidOperationException("Resizing the image failed.");
        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(output.Encoding, output.Quality)
            ?? throw new InvalidOperationException($"Encoding a {output.Encoding} thumbnail failed.");
        return data.ToArray();
    }

    private static bool Matches(SKEncodedImageFormat actual, FileFormat expected) => (actual, expected) switch
    {
        (SKEncodedImageFormat.Jpeg, FileFormat.Jpeg) => true,
        (SKEncodedImageFormat.Png, FileFormat.Png) => true,
        (SKEncodedImageFormat.Gif, FileFormat.Gif) => true,
        (SKEncodedImageFormat.Webp, FileFormat.WebP) => true,
        _ => false,
    };

    private static bool SwapsAxes(SKEncodedOrigin origin)
        => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Turns a camera photo upright as its EXIF orientation asks, so thumbnails are not on their side.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
            return source.Copy();
        var (w, h) = (source.Width, source.Height);
        var result = SwapsAxes(origin) ? new SKBitmap(h, w, source.ColorType, source.AlphaType) : new SKBitmap(w, h, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(h, w); canvas.RotateDegrees(-90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(-90); break;
        }
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    private static ImageOutcome Refused(string error) => new(null, error);
}
