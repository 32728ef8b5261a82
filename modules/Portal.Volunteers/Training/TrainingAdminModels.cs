using Portal.Organization.Contracts;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Training;

internal sealed class CourseForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public decimal? Hours { get; set; }

    public int? ValidityMonths { get; set; }

    public int? UnitId { get; set; }

    public CourseInput ToInput() => new(Title, Kind, Hours, ValidityMonths, UnitId);

    public static CourseForm From(Course course) => new()
    {
        Id = course.Id, Title = course.Title, Kind = course.Kind, Hours = course.Hours, ValidityMonths = course.ValidityMonths, UnitId = course.UnitId,
    };
}

internal sealed record CourseRow(Course Course, string UnitName, bool Manageable, int RequirementCount, int SessionCount);

internal sealed record TrainingIndexPage(IReadOnlyList<CourseRow> Courses, bool CanCreate);

internal sealed record SessionRow(TrainingSession Session, int Attended);

internal sealed record CourseEditPage(
    CourseForm Form,
    IReadOnlyList<UnitInfo> Units,
    bool AllowCountyWide,
    IReadOnlyList<CourseRequirement> Requirements,
    IReadOnlyList<string> Skills,
    IReadOnlyList<SessionRow> Sessions);

internal sealed record AttendeeRow(int VolunteerId, string Number, string MaskedName, bool Attended, string Result, DateOnly? CompletedOn);

internal sealed record SessionPage(Course Course, TrainingSession Session, IReadOnlyList<AttendeeRow> Attendees, DateOnly DefaultDate);

internal sealed record RecordRow(string CourseTitle, bool Passed, DateOnly CompletedOn, DateOnly? ExpiresOn, bool FromSession, string RecordedBy, string Standing);

internal sealed class RecordForm
{
    public string? Number { get; set; }

    public int? CourseId { get; set; }

    public bool? Passed { get; set; }

    public DateOnly? CompletedOn { get; set; }
}

internal sealed record VolunteerRecordsPage(RecordForm Form, string? VolunteerLabel, IReadOnlyList<RecordRow> Records, IReadOnlyList<Course> Courses);
