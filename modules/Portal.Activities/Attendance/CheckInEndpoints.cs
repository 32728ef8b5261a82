using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Activities.Models;
using Portal.Activities.Public;
using Portal.Activities.Services;

namespace Portal.Activities.Attendance;

/// <summary>
/// The page the check-in QR code opens: a signed-in volunteer sees the activity and one button (签到 or 签退); the
/// button posts the token back with the antiforgery token, so opening the address alone changes nothing.
/// </summary>
internal static class CheckInEndpoints
{
    /// <summary>What the page says after a step went through (a 303 back to it, so a reload posts nothing).</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["in"] = "签到成功！活动结束时请再扫码签退。",
        ["out"] = "签退成功。",
    };

    public static void MapCheckInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(ActivityRoutes.PublicPath).RequireAuthorization();

        group.MapGet("/{id:int}/checkin", (int id, string? t, string? done, HttpContext http, PublicActivities activities, SignUpService signUps,
                CheckInCode codes, CancellationToken ct) => RenderAsync(http, id, t, activities, signUps, codes,
                codes.IsFor(id, t) ? null : AttendanceService.BadCode, done is null ? null : Done.GetValueOrDefault(done), ct))
            .WithName(ActivityRoutes.PublicCheckIn);

        group.MapPost("/{id:int}/checkin", async (int id, HttpContext http, [FromForm] CheckInForm form, AttendanceService attendance,
                PublicActivities activities, SignUpService signUps, CheckInCode codes, CancellationToken ct) =>
            {
                var result = await attendance.ScanAsync(UserId(http), id, form.T, ct);
                return result.Succeeded
                    ? new SeeOtherResult(CheckInCode.PagePath(id, form.T!) + (result.CheckedOut ? "&done=out" : "&done=in"))
                    : await RenderAsync(http, id, form.T, activities, signUps, codes, result.Error, null, ct);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);
    }

    private static string UserId(HttpContext http) => http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static async Task<IResult> RenderAsync(HttpContext http, int id, string? token, PublicActivities activities, SignUpService signUps,
        CheckInCode codes, string? error, string? success, CancellationToken ct)
    {
        if (await activities.FindAsync(id, ct) is not { } found)
            return TypedResults.NotFound();
        var (activity, card) = found;
        var valid = codes.IsFor(id, token);
        var (_, signUp, _) = await signUps.StandingAsync(UserId(http), id, ct);
        var confirmed = signUp is { Status: SignUpStatus.Confirmed };
        return new PageResult(new Shape("CheckIn", new
        {
            Card = card,
            Window = CheckInWindow.Describe(activity),
            CheckedIn = confirmed && signUp!.CheckedInUtc is { } checkedIn ? PublicActivities.FormatTime(checkedIn) : null,
            CheckedOut = confirmed && signUp!.CheckedOutUtc is { } checkedOut ? PublicActivities.FormatTime(checkedOut) : null,
            Hours = confirmed && signUp!.HoursPostedUtc is not null ? AttendanceService.Number(signUp.Hours ?? 0) : null,
            // The form is offered only with this activity's own token, and never echoes a bad one.
            Action = !valid || !confirmed || signUp!.CheckedOutUtc is not null ? null : signUp.CheckedInUtc is null ? "签到" : "签退",
            PostUrl = ActivityRoutes.PublicUrl(id) + "/checkin",
            Code = valid ? token : null,
            Token = FormToken.For(http),
            Error = error,
            Success = success,
        }), "活动签到", error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}

/// <summary>The check-in form: the code's token (binding the form makes the antiforgery token checked).</summary>
internal sealed class CheckInForm
{
    public string? T { get; set; }
}
