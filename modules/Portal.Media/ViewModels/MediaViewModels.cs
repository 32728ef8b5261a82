using Portal.Media.Contracts;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Media.ViewModels;

/// <summary>The library page: one page of files, the filter it was asked with, and the upload limits to show.</summary>
internal sealed record MediaIndexPage(MediaPage Result, MediaKind? Kind, string? Search, bool ShowsEveryone, MediaOptions Limits)
{
    public IEnumerable<MediaFile> Images => Result.Files.Where(f => f.Kind == MediaKind.Image);

    public IEnumerable<MediaFile> Documents => Result.Files.Where(f => f.Kind == MediaKind.Document);

    /// <summary>The library's address for another page, keeping the filter.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Kind is { } kind)
            query.Add("kind=" + kind.ToString().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(Search))
            query.Add("q=" + Uri.EscapeDataString(Search.Trim()));
        if (page > 1)
            query.Add("page=" + page);
        return "/admin/media" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}

internal sealed record MediaEditPage(MediaFile File, MediaInfo Info);
