using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Contracts;
using Portal.Volunteers.Data;

namespace Portal.Volunteers.Hours;

/// <summary>
/// Serves a claim's photos to those who may see them (<see cref="EvidencePhotos.MayViewAsync"/>). Anyone else, signed
/// in or not, gets 404, as for a claim that does not exist: the address tells nobody whose photos are there.
/// </summary>
internal static class EvidenceEndpoints
{
    public static void MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HoursRoutes.EvidencePath, async Task<IResult> (long id, int index, int? w, HttpContext http, VolunteersDbContext db,
                EvidencePhotos photos, CancellationToken ct) =>
            {
                var images = http.RequestServices.GetService<IPrivateImages>();
                var entry = await db.HoursEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
                var volunteer = entry is null ? null : await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == entry.VolunteerId, ct);
                if (images is null || entry is null || volunteer is null || index < 0 || index >= entry.Evidence.Count
                    || !await photos.MayViewAsync(http.User, volunteer, ct))
                    return TypedResults.NotFound();
                var image = await images.OpenAsync(entry.Evidence[index], w, ct);
                if (image is null)
                    return TypedResults.NotFound();
                // Personal: never kept by a shared cache, nor by the browser once the page is left.
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(image.Content, image.ContentType);
            })
            .WithName(HoursRoutes.Evidence);
    }
}
