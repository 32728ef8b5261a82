using Portal.Abstractions.Modules;
using Portal.Media.Contracts;

namespace Portal.Media.Services;

/// <summary>While Media is switched off only the address's shape is checked: its files stay served by nobody, but the
/// addresses typed in are kept for when it is on again.</summary>
internal sealed class LibraryImages(IFeatureState features, IMediaLibrary library) : ILibraryImages
{
    public async Task<string?> ProblemAsync(string url, string label, CancellationToken cancellationToken = default)
    {
        if (url.Length > ILibraryImages.MaxUrlLength || MediaUrls.PathOf(url) is null)
            return $"{label}应为媒体库中的图片地址（以 {MediaUrls.Prefix} 开头）。";
        if (features.IsEnabled(MediaFeature.Id) && await library.FindByUrlAsync(url, cancellationToken) is not { Kind: MediaKind.Image })
            return $"媒体库中没有图片 “{(url.Length > 60 ? url[..60] + "…" : url)}”。";
        return null;
    }
}
