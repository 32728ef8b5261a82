namespace Portal.Volunteers.Contracts;

/// <summary>
/// Published (through <c>IEventPublisher</c>, inside the unit of work that records it) by a module that records a
/// volunteer's attendance, e.g. Activities: the hours become an approved entry of the volunteer's ledger in the same
/// transaction. <see cref="SourceKey"/> identifies the attendance (e.g. <c>activity:42:volunteer:7</c>); posting the
/// same key twice is refused by the ledger, so hours are never counted twice.
/// </summary>
public sealed record AttendanceHoursPosted(int VolunteerId, string SourceKey, decimal Hours, DateOnly ServiceDate, string Content, int UnitId);
