namespace Portal.Media.Contracts;

/// <summary>
/// The check for a picture another module shows by address (an activity's cover, a resource's photos): it must be a
/// media-library address and, while the Media feature is on, one of the library's images.
/// </summary>
public interface ILibraryImages
{
    /// <summary>The longest address accepted.</summary>
    const int MaxUrlLength = 500;

    /// <summary>Why <paramref name="url"/> cannot be used, in words for the editor, or null when it can.</summary>
    /// <param name="label">What the caller calls the picture, e.g. 封面, or 照片 “…” when there are several.</param>
    Task<string?> ProblemAsync(string url, string label, CancellationToken cancellationToken = default);
}
