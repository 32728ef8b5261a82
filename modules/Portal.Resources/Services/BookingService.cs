using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Activities.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Models;

namespace Portal.Resources.Services;

/// <summary>A booking's outcome: the booking (approved, or pending the owner's word), or why not.</summary>
internal sealed record BookingResult(Booking? Booking, string? Error)
{
    public bool Succeeded => Error is null;

    public static BookingResult Fail(string error) => new(null, error);
}

/// <summary>A booking request as the form gives it: China time text (<c>2026-12-12T09:00</c>).</summary>
internal sealed class BookingInput
{
    public string? ResourceId { get; set; }

    public string? Starts { get; set; }

    public string? Ends { get; set; }

    public string? ActivityId { get; set; }

    public string? Purpose { get; set; }

    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly string[] TimeFormats = [TimeFormat, "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static DateTime? ParseTime(string? text)
        => DateTime.TryParseExact((text ?? "").Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(8)).UtcDateTime
            : null;

    public static string FormatTime(DateTime utc) => ChinaTime.FromUtc(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);
}

/// <summary>
/// Books resources for time slots. The checks that need no lock come first (times, status, agreement, opening hours, the
/// activity); the slot is then taken under the resource's lock (PostgreSQL: an advisory lock; SQLite: the database's one
/// writer), so of any number of requests for overlapping slots only the first gets it. A pending booking holds its slot
/// until the owner's answer is recorded. Callers check the staff member's unit scope on the resource first.
/// </summary>
internal sealed class BookingService(ResourcesDbContext db, IUnitOfWork unitOfWork, IActivityCatalog catalog, TimeProvider clock)
{
    public const int MaxDays = 31;

    public static string LockName(int resourceId) => $"resources:resource:{resourceId}";

    /// <summary>Books the slot; <paramref name="mayUseActivity"/> says whether the staff member may book for that activity's unit.</summary>
    public async Task<BookingResult> BookAsync(BookingInput input, string actor, Func<int, Task<bool>> mayUseActivity, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(input.ResourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var resourceId)
            || await db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resourceId, cancellationToken) is not { } resource)
            return BookingResult.Fail("请选择要预约的资源。");
        var starts = BookingInput.ParseTime(input.Starts);
        var ends = BookingInput.ParseTime(input.Ends);
        if (starts is null || ends is null)
            return BookingResult.Fail("请填写预约的开始和结束时间，如 2026-12-12 09:00。");
        if (ends <= starts)
            return BookingResult.Fail("结束时间应晚于开始时间。");
        if (ends - starts > TimeSpan.FromDays(MaxDays))
            return BookingResult.Fail($"一次预约不超过 {MaxDays} 天。");
        if (ends <= clock.GetUtcNow().UtcDateTime)
            return BookingResult.Fail("预约的时段已经过去。");
        if (StatusProblem(resource) is { } unusable)
            return BookingResult.Fail(unusable);
        if (AgreementProblem(resource, starts.Value, ends.Value) is { } agreement)
            return BookingResult.Fail(agreement);
        if (!OpeningHours.Covers(resource.OpeningHours, starts.Value, ends.Value))
            return BookingResult.Fail($"所选时段不在开放时间内。开放时间：{OpeningHours.Describe(resource.OpeningHours)}。");

        int? activityId = null;
        var purpose = (input.Purpose ?? "").Trim();
        if ((input.ActivityId ?? "").Trim().Length > 0)
        {
            if (!int.TryParse(input.ActivityId, NumberStyles.None, CultureInfo.InvariantCulture, out var aid)
                || await catalog.FindAsync(aid, cancellationToken) is not { } activity || !await mayUseActivity(activity.UnitId))
                return BookingResult.Fail("所选活动不存在，或不属于您管理的单位。");
            if (activity.Cancelled)
                return BookingResult.Fail($"活动“{activity.Title}”已取消，不能为它预约。");
            activityId = activity.Id;
            if (purpose.Length == 0)
                purpose = activity.Title;
        }
        if (purpose.Length == 0)
            return BookingResult.Fail("请填写用途，或选择预约所为的活动。");
        if (purpose.Length > 200)
            return BookingResult.Fail("用途不超过 200 个字。");

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(LockName(resourceId), ct);
            var clash = await db.Bookings.AsNoTracking()
                .Where(b => b.ResourceId == resourceId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Approved)
                    && b.StartsUtc < ends && starts < b.EndsUtc)
                .OrderBy(b => b.StartsUtc).FirstOrDefaultAsync(ct);
            if (clash is not null)
                return BookingResult.Fail($"该时段已被预约（{Slot(clash.StartsUtc, clash.EndsUtc)}，{clash.Status.ToChinese()}），请换一个时段。");
            var now = clock.GetUtcNow().UtcDateTime;
            var booking = new Booking
            {
                ResourceId = resourceId,
                ActivityId = activityId,
                Purpose = purpose,
                StartsUtc = starts.Value,
                EndsUtc = ends.Value,
                // What the unit owns is booked at once; what it may use waits for the owner.
                Status = resource.Ownership == Ownership.Owned ? BookingStatus.Approved : BookingStatus.Pending,
                BookedBy = actor,
                CreatedUtc = now,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(ct);
            return new BookingResult(booking, null);
        }, cancellationToken);
    }

    /// <summary>Records the owner's answer to a pending booking: approved, or refused with the reason.</summary>
    public Task<string?> DecideAsync(long bookingId, bool approve, string? note, string actor, CancellationToken cancellationToken = default)
    {
        var how = (note ?? "").Trim();
        if (how.Length == 0)
            return Task.FromResult<string?>(approve ? "请写明权属方如何同意（如：电话确认，联系人姓名）。" : "请写明权属方不同意的原因。");
        if (how.Length > 500)
            return Task.FromResult<string?>("说明不超过 500 个字。");
        return ChangeAsync(bookingId, booking =>
        {
            if (booking.Status != BookingStatus.Pending)
                return $"这条预约现在是“{booking.Status.ToChinese()}”，不能再记录权属方意见。";
            booking.Status = approve ? BookingStatus.Approved : BookingStatus.Refused;
            booking.DecidedBy = actor;
            booking.DecidedUtc = clock.GetUtcNow().UtcDateTime;
            booking.DecisionNote = how;
            return null;
        }, cancellationToken);
    }

    public Task<string?> CancelAsync(long bookingId, string actor, CancellationToken cancellationToken = default)
        => ChangeAsync(bookingId, booking =>
        {
            if (booking.Status is BookingStatus.Cancelled or BookingStatus.Refused)
                return $"这条预约已经是“{booking.Status.ToChinese()}”。";
            booking.Status = BookingStatus.Cancelled;
            booking.DecidedBy = actor;
            booking.DecidedUtc = clock.GetUtcNow().UtcDateTime;
            return null;
        }, cancellationToken);

    /// <summary>Why the resource cannot be booked now (under repair, retired), or null.</summary>
    public static string? StatusProblem(Resource resource) => resource.Status switch
    {
        ResourceStatus.UnderRepair => $"“{resource.Name}”维修中，暂不能预约。",
        ResourceStatus.Retired => $"“{resource.Name}”已停用，不能预约。",
        _ => null,
    };

    /// <summary>For 可用: the slot must lie within the agreement's dates.</summary>
    public static string? AgreementProblem(Resource resource, DateTime startsUtc, DateTime endsUtc)
    {
        if (resource.Ownership != Ownership.Available)
            return null;
        var first = DateOnly.FromDateTime(ChinaTime.FromUtc(startsUtc).DateTime);
        var last = DateOnly.FromDateTime(ChinaTime.FromUtc(endsUtc).DateTime);
        if (resource.AgreementEnds is not { } ends)
            return $"“{resource.Name}”没有登记使用协议的到期日期，不能预约。";
        if (ends < first)
            return $"“{resource.Name}”的使用协议已于 {Day(ends)} 到期，不能预约；请先与{resource.OwnerOrganization}续签协议并更新到期日期。";
        if (ends < last)
            return $"“{resource.Name}”的使用协议 {Day(ends)} 到期，预约不能超过这一天。";
        if (resource.AgreementStarts is { } starts && first < starts)
            return $"“{resource.Name}”的使用协议 {Day(starts)} 起生效，不能预约此前的时段。";
        return null;
    }

    /// <summary>“2026-12-12 09:00–11:30”, or both dates when it spans days; China time.</summary>
    public static string Slot(DateTime startsUtc, DateTime endsUtc)
    {
        var start = ChinaTime.FromUtc(startsUtc);
        var end = ChinaTime.FromUtc(endsUtc);
        return start.Date == end.Date
            ? $"{start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : $"{start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} 至 {end.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<string?> ChangeAsync(long bookingId, Func<Booking, string?> change, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var resourceId = await db.Bookings.Where(b => b.Id == bookingId).Select(b => (int?)b.ResourceId).FirstOrDefaultAsync(ct);
            if (resourceId is null)
                return "没有这条预约。";
            await unitOfWork.LockAsync(LockName(resourceId.Value), ct);
            var booking = await db.Bookings.FirstAsync(b => b.Id == bookingId, ct);
            if (change(booking) is { } problem)
            {
                db.ChangeTracker.Clear();
                return problem;
            }
            await db.SaveChangesAsync(ct);
            return (string?)null;
        }, cancellationToken);
}
