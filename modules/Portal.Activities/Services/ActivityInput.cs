using System.Globalization;
using Portal.Abstractions.Display;
using Portal.Activities.Models;

namespace Portal.Activities.Services;

/// <summary>
/// An activity as a form or a recipe gives it: text, read here so that bad input gets a message. Times are China time
/// (<c>2026-12-12T09:00</c> as a <c>datetime-local</c> field sends it, or with a space).
/// </summary>
internal sealed class ActivityInput
{
    public string? Title { get; set; }

    public string? ProjectId { get; set; }

    public string? UnitId { get; set; }

    public string? Category { get; set; }

    public string? Platform { get; set; }

    public string? Place { get; set; }

    public string? Starts { get; set; }

    public string? Ends { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? Description { get; set; }

    public string? CoverUrl { get; set; }

    public bool InsuranceRequired { get; set; }

    public string? Places { get; set; }

    public string? SignUpOpens { get; set; }

    public string? SignUpCloses { get; set; }

    /// <summary>Skill names separated by commas, 顿号 or lines.</summary>
    public string? RequiredSkills { get; set; }

    /// <summary>Course numbers separated by commas, 顿号 or spaces.</summary>
    public string? RequiredCourseIds { get; set; }

    public string? MinAge { get; set; }

    public string? MaxAge { get; set; }

    /// <summary>The version the editor started from; empty on creation.</summary>
    public string? Version { get; set; }

    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly string[] TimeFormats = [TimeFormat, "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '\n', '\r'];

    public static ActivityInput From(Activity activity) => new()
    {
        Title = activity.Title,
        ProjectId = activity.ProjectId?.ToString(CultureInfo.InvariantCulture) ?? "",
        UnitId = activity.UnitId.ToString(CultureInfo.InvariantCulture),
        Category = activity.Category,
        Platform = activity.Platform.ToString(),
        Place = activity.Place,
        Starts = FormatTime(activity.StartsUtc),
        Ends = FormatTime(activity.EndsUtc),
        Tags = [.. activity.Tags],
        Description = activity.Description,
        CoverUrl = activity.CoverUrl,
        InsuranceRequired = activity.InsuranceRequired,
        Places = activity.Places.ToString(CultureInfo.InvariantCulture),
        SignUpOpens = activity.SignUpOpensUtc is { } opens ? FormatTime(opens) : "",
        SignUpCloses = activity.SignUpClosesUtc is { } closes ? FormatTime(closes) : "",
        RequiredSkills = string.Join("、", activity.RequiredSkills),
        RequiredCourseIds = string.Join(", ", activity.RequiredCourseIds),
        MinAge = activity.MinAge?.ToString(CultureInfo.InvariantCulture) ?? "",
        MaxAge = activity.MaxAge?.ToString(CultureInfo.InvariantCulture) ?? "",
        Version = activity.Version.ToString(),
    };

    /// <summary>A UTC time as the form shows it, in China time.</summary>
    public static string FormatTime(DateTime utc) => ChinaTime.FromUtc(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>China time text to UTC; null when it is not a time.</summary>
    public static DateTime? ParseTime(string? text)
        => DateTime.TryParseExact((text ?? "").Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(8)).UtcDateTime
            : null;

    public static List<string> SplitList(string? text)
        => (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
