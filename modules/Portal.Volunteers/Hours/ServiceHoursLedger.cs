using Portal.Abstractions.Modules;
using Portal.Volunteers.Contracts;

namespace Portal.Volunteers.Hours;

/// <summary>
/// Attendance recorded by another module becomes an approved ledger entry in the caller's transaction. A SourceKey
/// posted before is refused with <see cref="HoursAlreadyPostedException"/> rather than ignored, so a caller that posts
/// twice learns of it (and its transaction rolls back) instead of silently losing a changed amount.
/// </summary>
internal sealed class ServiceHoursLedger(HoursLedger ledger, IFeatureState features) : IServiceHoursLedger
{
    public async Task<bool> PostAttendanceAsync(AttendanceHours attendance, CancellationToken cancellationToken = default)
    {
        // Activities requires Volunteers, so this is off only while a switch is in flight; the caller then keeps the
        // hours unposted (and may post them later) instead of recording hours the ledger never got.
        if (!features.IsEnabled(VolunteersFeature.Id))
            return false;
        await ledger.PostAttendanceAsync(attendance, cancellationToken);
        return true;
    }
}
