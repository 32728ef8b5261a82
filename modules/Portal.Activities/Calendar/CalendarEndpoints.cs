using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Activities.Public;

namespace Portal.Activities.Calendar;

/// <summary>The month view, an .ics file per activity and a feed per unit (and the units below it).</summary>
internal static class CalendarEndpoints
{
    public const string CalendarContentType = "text/calendar; charset=utf-8";

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(ActivityRoutes.PublicPath);

        group.MapGet("/calendar", async (ActivityCalendar calendar, string? month, string? unit, string? category, string? platform, CancellationToken ct) =>
            {
                var page = await calendar.MonthAsync(month, new ActivityFilter(unit, category, platform, false, 1), ct);
                return Pages.Render("ActivityCalendar", page, $"活动日历 · {page.Title}");
            })
            .WithName(ActivityRoutes.PublicCalendar);

        group.MapGet("/{id:int}.ics", async (int id, ActivityCalendar calendar, CancellationToken ct) =>
                await calendar.EventFileAsync(id, ct) is { } ics
                    ? Results.File(Encoding.UTF8.GetBytes(ics), CalendarContentType, $"activity-{id}.ics")
                    : Results.NotFound());

        group.MapGet("/feed/{unit}.ics", async (string unit, ActivityCalendar calendar, CancellationToken ct) =>
                await calendar.UnitFeedAsync(unit, ct) is { } ics
                    ? Results.Text(ics, CalendarContentType)
                    : Results.NotFound());
    }
}
