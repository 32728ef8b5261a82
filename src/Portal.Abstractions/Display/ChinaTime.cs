namespace Portal.Abstractions.Display;

/// <summary>Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset FromUtc(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>The date in China now: what "today" means for a date a user enters or a period they choose.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime).DateTime);

    /// <summary>The UTC instant at which <paramref name="day"/> begins in China.</summary>
    public static DateTime DayStartUtc(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;
}
