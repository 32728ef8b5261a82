using Portal.Abstractions.Events;
using Portal.Volunteers.Contracts;

namespace Portal.Volunteers.Hours;

/// <summary>
/// Attendance posted by another module becomes an approved ledger entry in the publisher's transaction. A SourceKey
/// posted before is refused with <see cref="HoursAlreadyPostedException"/> rather than ignored, so a publisher that
/// posts twice learns of it (and its transaction rolls back) instead of silently losing a changed amount; a changed
/// amount is corrected by a reversal and a new key.
/// </summary>
internal sealed class AttendanceHoursHandler(HoursLedger ledger) : IEventHandler<AttendanceHoursPosted>
{
    public Task HandleAsync(AttendanceHoursPosted @event, CancellationToken cancellationToken)
        => ledger.PostAttendanceAsync(@event, cancellationToken);
}
