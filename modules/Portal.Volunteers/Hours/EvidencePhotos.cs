using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Media.Contracts;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Hours;

/// <summary>A claim's photo as pages link it: the full image and a thumbnail.</summary>
internal sealed record EvidencePhoto(string Url, string ThumbnailUrl);

/// <summary>Who may see a claim's photos, and the addresses pages show them at.</summary>
internal sealed class EvidencePhotos(VolunteerAccess access, IAuthorizationService authorization)
{
    /// <summary>Wide enough for a row of thumbnails in a table or on the review page.</summary>
    public const int ThumbnailWidth = 320;

    /// <summary>
    /// Portal.Media's private images while the media feature is on; null when it is off, and claims then take no photos.
    /// Photos already kept are still shown: they belong to the claims.
    /// </summary>
    public static IPrivateImages? Uploads(IServiceProvider services)
        => services.GetRequiredService<IFeatureState>().IsEnabled(MediaFeature.Id) ? services.GetService<IPrivateImages>() : null;

    public static IReadOnlyList<EvidencePhoto> For(HoursEntry entry) => entry.Evidence.Select((path, index) =>
        MediaUrls.PathOf(path) is { } libraryPath
            ? new EvidencePhoto(path, MediaUrls.Thumbnail(libraryPath, ThumbnailWidth))
            : new EvidencePhoto(HoursRoutes.EvidenceUrl(entry.Id, index), HoursRoutes.EvidenceUrl(entry.Id, index, ThumbnailWidth))).ToList();

    /// <summary>The volunteer themself, or staff who approve hours for the volunteer's unit; nobody else.</summary>
    public async Task<bool> MayViewAsync(ClaimsPrincipal user, Volunteer volunteer, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
            return false;
        if (volunteer.UserId == user.FindFirstValue(ClaimTypes.NameIdentifier))
            return true;
        return await authorization.AuthorizeAsync(user, Permissions.ApproveServiceHours)
            && await access.CanActOnUnitAsync(user, volunteer.UnitId, cancellationToken);
    }
}
