using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Needs.Models;
using Portal.Needs.Services;

namespace Portal.Needs.Public;

/// <summary>
/// The public needs pages: the order form (no account; rate-limited per address), the requester's private page with the
/// history and the rating form, and the needs menu.
/// </summary>
internal static class NeedPages
{
    public static void MapNeedsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(NeedRoutes.PublicPath);

        group.MapGet("", async (PublicNeeds needs, string? unit, string? category, string? status, int? page, CancellationToken ct) =>
                Pages.Render("Needs", await needs.ListAsync(unit, category, status, page ?? 1, ct), "需求清单"))
            .WithName(NeedRoutes.PublicList);

        group.MapGet("/new", async (HttpContext http, NeedService needs, CancellationToken ct) =>
                await FormAsync(http, needs, new NeedInput(), new Dictionary<string, string>(), ct))
            .WithName(NeedRoutes.PublicNew);

        group.MapPost("/new", async (HttpContext http, [FromForm] NeedInput form, NeedService needs, CancellationToken ct) =>
            {
                var result = await needs.SubmitAsync(form, ct);
                return result.Succeeded
                    ? TypedResults.Redirect(NeedRoutes.TrackUrl(result.Token!) + "?done=submitted")
                    : await FormAsync(http, needs, form, result.Errors, ct);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);

        group.MapGet("/track/{token}", (HttpContext http, string token, NeedService needs, string? done, CancellationToken ct) =>
                TrackAsync(http, token, needs, null, done == "submitted" ? "submitted" : done == "rated" ? "rated" : null, ct))
            .WithName(NeedRoutes.PublicTrack);

        group.MapPost("/track/{token}/rate", async (HttpContext http, string token, [FromForm] RatingForm form, NeedService needs, CancellationToken ct) =>
            {
                var problem = await needs.RateAsync(token, form.Rating, form.Comment, ct);
                return problem is null
                    ? TypedResults.Redirect(NeedRoutes.TrackUrl(token) + "?done=rated")
                    : await TrackAsync(http, token, needs, problem, null, ct);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);
    }

    public static string FormatDay(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task<IResult> FormAsync(HttpContext http, NeedService needs, NeedInput form, IReadOnlyDictionary<string, string> errors,
        CancellationToken ct)
    {
        var lists = await needs.SettingsAsync(ct);
        var stations = await needs.StationsAsync(ct);
        return new PageResult(new Shape("NeedForm", new
        {
            Form = form,
            Errors = errors.ToDictionary(),
            ErrorCount = errors.Count,
            Categories = lists.Categories.Select(c => new Option(c, c, c == form.Category)).ToList(),
            Units = stations.Select(u => new Option(u.Code, u.Name, u.Code == form.Unit)).ToList(),
            Action = NeedRoutes.NewPath,
            Token = FormToken.For(http),
        }), "我要点单", errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> TrackAsync(HttpContext http, string token, NeedService needs, string? error, string? done, CancellationToken ct)
    {
        if (await needs.FindByTokenAsync(token, ct) is not { } need)
            return TypedResults.NotFound();
        var history = await needs.HistoryAsync(need.Id, ct);
        var unitName = (await needs.StationsAsync(ct)).FirstOrDefault(u => u.Id == need.UnitId)?.Name ?? "";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return new PageResult(new Shape("NeedTrack", new
        {
            need.Number,
            need.Title,
            need.Category,
            need.Description,
            UnitName = unitName,
            need.PreferredTime,
            Contact = need.ContactNameMasked + " " + need.PhoneMasked,
            Status = need.Status.ToChinese(),
            StatusKey = need.Status.ToString().ToLowerInvariant(),
            RejectReason = need.Status == NeedStatus.Rejected ? need.RejectReason : null,
            Service = need.ServiceKind is { } kind ? new { Kind = kind.ToChinese(), Link = need.ServiceLink, Note = need.ServiceNote } : null,
            // The requester sees when each step happened, not who did it nor the staff's notes.
            History = history.Select(s => new { Time = FormatTime(s.Utc), Status = s.Status.ToChinese() }).ToList(),
            CanRate = need.Status == NeedStatus.Done && need.Rating is null,
            need.Rating,
            need.RatingComment,
            RatedAt = need.RatedUtc is { } rated ? FormatTime(rated) : null,
            Link = NeedRoutes.TrackUrl(token),
            RateUrl = NeedRoutes.TrackUrl(token) + "/rate",
            Submitted = done == "submitted",
            Success = done == "rated" ? "感谢您的评价！" : null,
            Error = error,
            Token = FormToken.For(http),
        }), $"点单 {need.Number}", error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}

internal sealed class RatingForm
{
    public string? Rating { get; set; }

    public string? Comment { get; set; }
}
