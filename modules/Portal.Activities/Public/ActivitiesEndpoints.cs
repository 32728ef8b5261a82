using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Activities.Matching;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Public;

/// <summary>The public activity pages: the list with filters, one activity with places left, sign-up and cancelling.</summary>
internal static class ActivitiesEndpoints
{
    /// <summary>What the detail page says after a sign-up or cancellation went through (a 303 back to it, so a reload posts nothing).</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["confirmed"] = "报名成功！请按时参加活动。",
        ["waitlisted"] = "名额已满，您已进入候补名单；有人取消时按报名先后递补，递补后即为报名成功。",
        ["cancelled"] = "已取消报名。",
        ["declined"] = "已谢绝这次邀请。",
    };

    public static void MapActivitiesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(ActivityRoutes.PublicPath);

        group.MapGet("", async (PublicActivities activities, string? unit, string? category, string? platform, string? when, int? page, CancellationToken ct) =>
                Pages.Render("Activities", await activities.ListAsync(new ActivityFilter(unit, category, platform, when == "past", page ?? 1), ct), "志愿服务活动"))
            .WithName(ActivityRoutes.PublicList);

        group.MapGet("/{id:int}", (int id, HttpContext http, PublicActivities activities, SignUpService signUps, ITrainingRule training, string? done,
                CancellationToken ct) => RenderAsync(http, id, activities, signUps, training, null, done is null ? null : Done.GetValueOrDefault(done), ct))
            .WithName(ActivityRoutes.PublicActivity);

        group.MapPost("/{id:int}/signup", async (int id, HttpContext http, [FromForm] SignUpForm form, PublicActivities activities, SignUpService signUps,
                ITrainingRule training, CancellationToken ct) =>
            {
                var result = await signUps.SignUpAsync(UserId(http), id, ct);
                return result.Succeeded
                    ? new SeeOtherResult($"{ActivityRoutes.PublicUrl(id)}?done={(result.SignUp!.Status == SignUpStatus.Confirmed ? "confirmed" : "waitlisted")}")
                    : await RenderAsync(http, id, activities, signUps, training, result.Error, null, ct);
            })
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);

        group.MapPost("/{id:int}/cancel", async (int id, HttpContext http, [FromForm] SignUpForm form, PublicActivities activities, SignUpService signUps,
                ITrainingRule training, CancellationToken ct) =>
            {
                var result = await signUps.CancelAsync(UserId(http), id, ct);
                return result.Succeeded
                    ? new SeeOtherResult($"{ActivityRoutes.PublicUrl(id)}?done=cancelled")
                    : await RenderAsync(http, id, activities, signUps, training, result.Error, null, ct);
            })
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);

        // An invitation is answered from "我的"; the answer lands on the activity's page, which says where it stands.
        group.MapPost("/invitations/{invitationId:long}/{answer:regex(^(accept|decline)$)}", async Task<IResult> (long invitationId, string answer, HttpContext http,
                [FromForm] SignUpForm form, InvitationService invitations, PublicActivities activities, SignUpService signUps, ITrainingRule training,
                CancellationToken ct) =>
            {
                var result = await invitations.AnswerAsync(UserId(http), invitationId, answer == "accept", ct);
                if (result.ActivityId == 0)
                    return TypedResults.NotFound();
                if (!result.Succeeded)
                    return await RenderAsync(http, result.ActivityId, activities, signUps, training, result.Error, null, ct);
                var done = result.SignedUp switch
                {
                    SignUpStatus.Waitlisted => "waitlisted",
                    null => "declined",
                    _ => "confirmed",
                };
                return new SeeOtherResult($"{ActivityRoutes.PublicUrl(result.ActivityId)}?done={done}");
            })
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);
    }

    private static string UserId(HttpContext http) => http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static async Task<IResult> RenderAsync(HttpContext http, int id, PublicActivities activities, SignUpService signUps, ITrainingRule training,
        string? error, string? success, CancellationToken ct)
    {
        if (await activities.FindAsync(id, ct) is not { } found)
            return TypedResults.NotFound();
        var (activity, card) = found;
        var (volunteer, signUp, position) = await signUps.StandingAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier), id, ct);
        var day = DateOnly.FromDateTime(ChinaTime.FromUtc(activity.StartsUtc).DateTime);
        // The training rule's answer, shown before signing up (先培训再上岗), to the volunteer it is about only.
        var trainingAnswer = volunteer is { Approved: true } && activity.RequiredCourseIds.Count > 0
            ? await training.CheckAsync(volunteer.Id, activity.RequiredCourseIds, day, ct)
            : null;
        var active = signUp is { Status: not SignUpStatus.Cancelled };
        var closed = signUps.OpenProblem(activity);

        return new PageResult(new Shape("Activity", new
        {
            Card = card,
            activity.Description,
            activity.InsuranceRequired,
            SignUpWindow = SignUpWindow(activity),
            Skills = activity.RequiredSkills,
            Ages = Ages(activity.MinAge, activity.MaxAge),
            CourseCount = activity.RequiredCourseIds.Count,
            Training = trainingAnswer is null ? null : new { trainingAnswer.Allowed, trainingAnswer.Message },
            Open = closed is null,
            Closed = closed,
            SignedIn = http.User.Identity?.IsAuthenticated == true,
            IsVolunteer = volunteer is not null,
            Approved = volunteer?.Approved == true,
            Mine = active ? new { Status = signUp!.Status.ToChinese(), Waitlisted = signUp.Status == SignUpStatus.Waitlisted, Position = position } : null,
            CanCancel = active && http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime < activity.StartsUtc,
            LoginUrl = "/account/login?ReturnUrl=" + Uri.EscapeDataString(ActivityRoutes.PublicUrl(id)),
            SignUpUrl = ActivityRoutes.PublicUrl(id) + "/signup",
            IcsUrl = Calendar.ActivityCalendar.FileUrl(id),
            CancelUrl = ActivityRoutes.PublicUrl(id) + "/cancel",
            Token = FormToken.For(http),
            Error = error,
            Success = success,
        }), activity.Title, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static string SignUpWindow(Activity activity)
        => (activity.SignUpOpensUtc is { } opens ? $"{PublicActivities.FormatTime(opens)} 起，" : "发布招募起，")
           + $"至 {PublicActivities.FormatTime(activity.SignUpClosesAtUtc)} 截止";

    private static string? Ages(int? min, int? max) => (min, max) switch
    {
        (null, null) => null,
        ({ } a, null) => $"{a.ToString(CultureInfo.InvariantCulture)} 周岁以上",
        (null, { } b) => $"{b.ToString(CultureInfo.InvariantCulture)} 周岁以下",
        ({ } a, { } b) => $"{a.ToString(CultureInfo.InvariantCulture)}–{b.ToString(CultureInfo.InvariantCulture)} 周岁",
    };
}

/// <summary>The sign-up and cancel forms carry only their antiforgery token; binding it makes the token checked.</summary>
internal sealed class SignUpForm
{
}
