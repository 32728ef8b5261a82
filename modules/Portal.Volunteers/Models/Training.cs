namespace Portal.Volunteers.Models;

/// <summary>A training course: what it teaches, how long it takes, how long its completion stays valid.</summary>
internal sealed class Course
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>e.g. 通用培训, 专业培训, 岗前培训.</summary>
    public string Kind { get; set; } = "";

    public decimal Hours { get; set; }

    /// <summary>Months a completion stays valid; null for ever.</summary>
    public int? ValidityMonths { get; set; }

    public int? UnitId { get; set; }
}

/// <summary>The course is required before serving with a skill or in an activity category.</summary>
internal sealed class CourseRequirement
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public RequirementTarget Target { get; set; }

    /// <summary>The skill's or the activity category's name.</summary>
    public string Name { get; set; } = "";
}

internal enum RequirementTarget
{
    Skill,
    ActivityCategory,
}

/// <summary>One session of a course, with its attendance.</summary>
internal sealed class TrainingSession
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public DateTime StartsUtc { get; set; }

    public string Place { get; set; } = "";
}

internal sealed class SessionAttendance
{
    public int SessionId { get; set; }

    public int VolunteerId { get; set; }

    public bool Attended { get; set; }
}

/// <summary>A volunteer's result in a course: passed or failed, when, and until when it counts.</summary>
internal sealed class TrainingRecord
{
    public int Id { get; set; }

    public int VolunteerId { get; set; }

    public int CourseId { get; set; }

    public int? SessionId { get; set; }

    public bool Passed { get; set; }

    public DateOnly CompletedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedUtc { get; set; }
}
