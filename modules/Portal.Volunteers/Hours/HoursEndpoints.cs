using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Hours;

/// <summary>The public honor roll and the claim form (补录) of a signed-in volunteer.</summary>
internal static class HoursEndpoints
{
    public const string PhotosField = "Photos";

    /// <summary>
    /// The claim form may carry <see cref="HoursLedger.MaxEvidence"/> photos at the media module's default image limit
    /// (10 MB) and one more, so that "too many" and "too large" are answered with the ledger's words, not cut off.
    /// </summary>
    public const long MaxClaimBodyBytes = (HoursLedger.MaxEvidence + 2) * 10L * 1024 * 1024;

    public static void MapHoursEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HoursRoutes.HonorRollPath, async (HonorRoll roll, StarLevels stars, CancellationToken ct) =>
                Pages.Render("VolunteerHonorRoll", new
                {
                    Lines = await roll.ListAsync(ct),
                    Thresholds = (await stars.ThresholdsAsync(ct)).Select((t, i) => new { Stars = StarLevels.Symbols(i + 1), Hours = t.ToString("0.##") }).ToList(),
                }, "志愿者光荣榜"))
            .WithName(HoursRoutes.HonorRoll);

        endpoints.MapGet(HoursRoutes.ClaimPath, async (HttpContext http, VolunteersDbContext db, ISettingsStore settings, HoursLedger ledger, bool? submitted, CancellationToken ct) =>
            {
                var volunteer = await SignedInVolunteerAsync(http.User, db, ct);
                return await RenderClaimAsync(http, db, settings, ledger, volunteer, new ClaimInput { ServiceDate = ledger.Today.ToString("yyyy-MM-dd") },
                    error: null, success: submitted == true ? "已提交补录申请，请等待工作人员审核。" : null, ct);
            })
            .RequireAuthorization()
            .WithName(HoursRoutes.Claim);

        endpoints.MapPost(HoursRoutes.ClaimPath, async Task<IResult> (HttpContext http, [FromForm] ClaimInput input, VolunteersDbContext db, ISettingsStore settings,
                HoursLedger ledger, CancellationToken ct) =>
            {
                var volunteer = await SignedInVolunteerAsync(http.User, db, ct);
                if (volunteer is null || volunteer.Status != VolunteerStatus.Approved)
                    return await RenderClaimAsync(http, db, settings, ledger, volunteer, input, null, null, ct);
                // A file input with nothing chosen still posts one empty part.
                var files = http.Request.Form.Files.GetFiles(PhotosField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
                var streams = files.Select(f => f.OpenReadStream()).ToList();
                try
                {
                    var photos = files.Select((f, i) => new EvidenceUpload(f.FileName, streams[i])).ToList();
                    var result = await ledger.ClaimAsync(volunteer, http.User.Identity?.Name ?? "", input, photos, ct);
                    if (!result.Succeeded)
                        return await RenderClaimAsync(http, db, settings, ledger, volunteer, input, result.Error, null, ct);
                    return new SeeOtherResult(HoursRoutes.ClaimPath + "?submitted=true");
                }
                finally
                {
                    foreach (var stream in streams)
                        await stream.DisposeAsync();
                }
            })
            .RequireAuthorization()
            .WithMetadata(new RequestSizeLimitAttribute(MaxClaimBodyBytes));
    }

    public static Task<Volunteer?> SignedInVolunteerAsync(ClaimsPrincipal user, VolunteersDbContext db, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? Task.FromResult<Volunteer?>(null) : db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, ct);
    }

    private static async Task<IResult> RenderClaimAsync(HttpContext http, VolunteersDbContext db, ISettingsStore settings, HoursLedger ledger,
        Volunteer? volunteer, ClaimInput input, string? error, string? success, CancellationToken ct)
    {
        var rules = (await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, ct)) ?? new VolunteerSettings();
        if (volunteer is null || volunteer.Status != VolunteerStatus.Approved)
            return new PageResult(new Shape("VolunteerHoursClaim", new
            {
                Allowed = false,
                Message = volunteer is null ? "您还没有注册为志愿者，注册并通过审核后才能补录服务时长。" : "您的志愿者注册还没有通过审核，通过后才能补录服务时长。",
            }), "补录服务时长", StatusCodes.Status403Forbidden);

        var recent = await db.HoursEntries.AsNoTracking()
            .Where(e => e.VolunteerId == volunteer.Id && e.Kind == HoursEntryKind.Claim)
            .OrderByDescending(e => e.Id).Take(10)
            .ToListAsync(ct);
        return new PageResult(new Shape("VolunteerHoursClaim", new
        {
            Allowed = true,
            Token = FormToken.For(http),
            Volunteer = new { volunteer.Number, MaskedName = PersonalDataMask.Name(volunteer.RealName) },
            Form = input,
            Error = error,
            Success = success,
            MaxHoursPerDay = rules.MaxHoursPerDay.ToString("0.##"),
            MaxEvidence = HoursLedger.MaxEvidence,
            PhotosField,
            PhotosAccept = EvidencePhotos.Uploads(http.RequestServices)?.Accept,
            Today = ledger.Today.ToString("yyyy-MM-dd"),
            Recent = recent.Select(e => new
            {
                Date = e.ServiceDate.ToString("yyyy-MM-dd"),
                Hours = e.Hours.ToString("0.##"),
                e.Content,
                Status = e.Status.ToChinese(),
                Declined = e.Status == HoursStatus.Declined,
                e.Reason,
                Photos = EvidencePhotos.For(e),
            }).ToList(),
        }), "补录服务时长", error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
