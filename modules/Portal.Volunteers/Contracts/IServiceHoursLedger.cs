namespace Portal.Volunteers.Contracts;

/// <summary>
/// The service-hours ledger as a module that records attendance (Activities) writes to it. Called inside the caller's
/// unit of work, so the attendance and its hours commit or roll back together.
/// </summary>
public interface IServiceHoursLedger
{
    /// <summary>
    /// Records <paramref name="attendance"/> as an approved entry of the volunteer's ledger (points and stars follow);
    /// false, with nothing written, while the Volunteers feature is off. A <see cref="AttendanceHours.SourceKey"/> posted
    /// before is refused with an <see cref="InvalidOperationException"/> (and the caller's transaction rolls back), so
    /// hours are never counted twice; a changed amount is corrected in the ledger by a reversal.
    /// </summary>
    Task<bool> PostAttendanceAsync(AttendanceHours attendance, CancellationToken cancellationToken = default);
}

/// <summary>
/// Hours a volunteer served, as the recording module worked them out. <see cref="SourceKey"/> names the attendance once
/// and for all (e.g. <c>activity:42:volunteer:7</c>).
/// </summary>
public sealed record AttendanceHours(int VolunteerId, string SourceKey, decimal Hours, DateOnly ServiceDate, string Content, int UnitId);
