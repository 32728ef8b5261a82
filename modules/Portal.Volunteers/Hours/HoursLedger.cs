using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Settings;
using Portal.Media.Contracts;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Points;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Hours;

/// <summary>What a volunteer fills in to claim hours (补录); every field as typed, read here so bad input gets a message.</summary>
internal sealed class ClaimInput
{
    public string? ServiceDate { get; set; }

    public string? Hours { get; set; }

    public string? Content { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A photo sent with a claim, as uploaded: its name on the volunteer's device and its bytes.</summary>
internal sealed record EvidenceUpload(string? FileName, Stream Content);

/// <summary>The outcome of a change of the ledger: the entry, or why nothing was saved.</summary>
internal sealed record LedgerResult(HoursEntry? Entry, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>No such entry, or one of a volunteer outside the user's units: the caller answers 404 either way.</summary>
    public bool Missing { get; init; }

    public static LedgerResult Fail(string error) => new(null, error);

    public static LedgerResult NotFound() => new(null, "找不到这条服务时长记录。") { Missing = true };
}

/// <summary>Attendance is posted once per SourceKey: a second post of a key throws this, and the caller's transaction rolls back.</summary>
internal sealed class HoursAlreadyPostedException(string sourceKey)
    : InvalidOperationException($"Attendance '{sourceKey}' has already been posted to the hours ledger; a correction is a reversal.")
{
    public string SourceKey { get; } = sourceKey;
}

/// <summary>
/// The append-only service-hours ledger: attendance (approved when posted), claims (补录, pending until staff decide),
/// decisions (once, never changed), reversals (a new negative entry, at most one per entry). Every change of one
/// volunteer's ledger runs under that volunteer's lock, so the daily cap and "decided once" hold under concurrency;
/// an approved change then posts points and awards stars in the same transaction.
/// </summary>
internal sealed class HoursLedger(
    VolunteersDbContext db,
    IUnitOfWork unitOfWork,
    VolunteerAccess access,
    ISettingsStore settings,
    PointsAccount points,
    StarLevels stars,
    IServiceProvider services,
    TimeProvider time)
{
    public const int MaxEvidence = 9;

    /// <summary>The media area evidence photos are kept in: private to this module, served by <see cref="HoursEndpoints"/>.</summary>
    public const string EvidenceArea = "volunteers";

    public static string LockName(int volunteerId) => $"volunteers:hours:{volunteerId}";

    public DateOnly Today => ChinaTime.Today(time);

    /// <summary>Records attendance posted by another module as an approved entry; inside the caller's unit of work.</summary>
    public async Task<HoursEntry> PostAttendanceAsync(AttendanceHours posted, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(posted.SourceKey))
            throw new ArgumentException("Attendance needs a SourceKey.", nameof(posted));
        if (posted.Hours <= 0)
            throw new ArgumentException($"Attendance '{posted.SourceKey}' posts {posted.Hours} hours; hours are positive.", nameof(posted));

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(LockName(posted.VolunteerId), ct);
            if (!await db.Volunteers.AnyAsync(v => v.Id == posted.VolunteerId, ct))
                throw new InvalidOperationException($"Attendance '{posted.SourceKey}' names volunteer {posted.VolunteerId}, who does not exist.");
            // The check gives the clear exception; the unique index on SourceKey is the last guard.
            if (await db.HoursEntries.AnyAsync(e => e.SourceKey == posted.SourceKey, ct))
                throw new HoursAlreadyPostedException(posted.SourceKey);

            var now = time.GetUtcNow().UtcDateTime;
            var entry = new HoursEntry
            {
                VolunteerId = posted.VolunteerId,
                Kind = HoursEntryKind.Attendance,
                Hours = posted.Hours,
                ServiceDate = posted.ServiceDate,
                Content = Clip(posted.Content, 500),
                UnitId = posted.UnitId,
                SourceKey = posted.SourceKey,
                Status = HoursStatus.Approved,
                CreatedUtc = now,
                CreatedBy = "activities",
                DecidedBy = "activities",
                DecidedUtc = now,
            };
            db.HoursEntries.Add(entry);
            await db.SaveChangesAsync(ct);
            await AfterApprovedAsync(entry, ct);
            return entry;
        }, cancellationToken);
    }

    /// <summary>
    /// A claim (补录) by a signed-in, approved volunteer with up to <see cref="MaxEvidence"/> photos; pending until staff
    /// decide. The photos are stored only when everything is right, and removed again when the claim is not saved.
    /// </summary>
    public async Task<LedgerResult> ClaimAsync(Volunteer volunteer, string userName, ClaimInput input, IReadOnlyList<EvidenceUpload> photos,
        CancellationToken cancellationToken)
    {
        if (volunteer.Status != VolunteerStatus.Approved)
            return LedgerResult.Fail("只有审核通过的志愿者才能补录服务时长。");
        var rules = await RulesAsync(cancellationToken);
        var today = Today;

        if (!DateOnly.TryParseExact((input.ServiceDate ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return LedgerResult.Fail("请填写服务日期（如 2026-11-20）。");
        if (date > today)
            return LedgerResult.Fail($"服务日期 {date:yyyy-MM-dd} 还没到，不能补录未来的服务时长。");
        if (!decimal.TryParse((input.Hours ?? "").Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours))
            return LedgerResult.Fail("请用数字填写服务时长（小时），如 2 或 1.5。");
        if (hours <= 0)
            return LedgerResult.Fail("服务时长必须大于 0 小时。");
        if (decimal.Round(hours, 2) != hours)
            return LedgerResult.Fail("服务时长最多保留两位小数。");
        var content = (input.Content ?? "").Trim();
        if (content.Length == 0)
            return LedgerResult.Fail("请填写服务内容。");
        if (content.Length > 500)
            return LedgerResult.Fail("服务内容不能超过 500 字。");
        var reason = (input.Reason ?? "").Trim();
        if (reason.Length == 0)
            return LedgerResult.Fail("请填写补录原因。");
        if (reason.Length > 500)
            return LedgerResult.Fail("补录原因不能超过 500 字。");
        var (images, checkedPhotos, photosError) = await CheckEvidenceAsync(photos, cancellationToken);
        if (photosError is not null)
            return LedgerResult.Fail(photosError);

        var entry = new HoursEntry
        {
            VolunteerId = volunteer.Id,
            Kind = HoursEntryKind.Claim,
            Hours = hours,
            ServiceDate = date,
            Content = content,
            UnitId = volunteer.UnitId,
            Status = HoursStatus.Pending,
            Reason = reason,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            CreatedBy = Clip(userName, 256),
        };
        try
        {
            var result = await unitOfWork.ExecuteAsync(ct => SaveClaimAsync(entry, rules.MaxHoursPerDay, images, checkedPhotos, ct), cancellationToken);
            if (!result.Succeeded)
                await DeleteEvidenceAsync(images, entry.Evidence);
            return result;
        }
        catch
        {
            await DeleteEvidenceAsync(images, entry.Evidence);
            throw;
        }
    }

    /// <summary>The claim under its volunteer's lock: the daily cap, then the photos (stored only now), then the entry.</summary>
    private async Task<LedgerResult> SaveClaimAsync(HoursEntry entry, decimal maxHoursPerDay, IPrivateImages? images, IReadOnlyList<PrivateImageCheck> photos,
        CancellationToken ct)
    {
        await unitOfWork.LockAsync(LockName(entry.VolunteerId), ct);
        var date = entry.ServiceDate;
        var recorded = await DayTotalAsync(entry.VolunteerId, date, ct);
        if (recorded + entry.Hours > maxHoursPerDay)
        {
            var left = Math.Max(0, maxHoursPerDay - recorded);
            return LedgerResult.Fail($"每天的服务时长不能超过 {maxHoursPerDay:0.##} 小时：{date:yyyy-MM-dd} 已记录 {recorded:0.##} 小时，"
                + (left > 0 ? $"最多还能补录 {left:0.##} 小时。" : "不能再补录。"));
        }

        foreach (var photo in photos)
            entry.Evidence.Add(await images!.SaveAsync(photo, EvidenceArea, ct));
        db.HoursEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return new LedgerResult(entry, null);
    }

    /// <summary>Approves a pending claim of a volunteer within the staff member's units.</summary>
    public Task<LedgerResult> ApproveAsync(ClaimsPrincipal staff, long entryId, CancellationToken cancellationToken)
        => DecideAsync(staff, entryId, approve: true, reason: null, cancellationToken);

    /// <summary>Declines a pending claim with a reason the volunteer sees.</summary>
    public Task<LedgerResult> DeclineAsync(ClaimsPrincipal staff, long entryId, string? reason, CancellationToken cancellationToken)
        => DecideAsync(staff, entryId, approve: false, reason, cancellationToken);

    /// <summary>
    /// Corrects an approved entry by a new reversal entry of <paramref name="hoursText"/> hours (all of the entry when
    /// empty), approved at once; at most one reversal per entry; the entry itself is never changed.
    /// </summary>
    public async Task<LedgerResult> ReverseAsync(ClaimsPrincipal staff, long entryId, string? hoursText, string? reason, CancellationToken cancellationToken)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0)
            return LedgerResult.Fail("请填写更正原因。");
        if (reason.Length > 500)
            return LedgerResult.Fail("更正原因不能超过 500 字。");

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var entry = await FindForStaffAsync(staff, entryId, ct);
            if (entry is null)
                return LedgerResult.NotFound();
            if (entry.Kind == HoursEntryKind.Reversal)
                return LedgerResult.Fail("更正记录本身不能再更正。");
            if (entry.Status != HoursStatus.Approved)
                return LedgerResult.Fail("只有已通过的服务时长才能更正。");
            if (await db.HoursEntries.AnyAsync(e => e.ReversesId == entry.Id, ct))
                return LedgerResult.Fail("这条服务时长已经更正过，每条记录只能更正一次。");

            var hours = entry.Hours;
            if (!string.IsNullOrWhiteSpace(hoursText))
            {
                if (!decimal.TryParse(hoursText.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out hours))
                    return LedgerResult.Fail("请用数字填写要扣减的小时数。");
                if (hours <= 0 || hours > entry.Hours)
                    return LedgerResult.Fail($"扣减的小时数应大于 0、不超过原记录的 {entry.Hours:0.##} 小时。");
                if (decimal.Round(hours, 2) != hours)
                    return LedgerResult.Fail("扣减的小时数最多保留两位小数。");
            }

            var now = time.GetUtcNow().UtcDateTime;
            var who = Clip(staff.Identity?.Name ?? "", 256);
            var reversal = new HoursEntry
            {
                VolunteerId = entry.VolunteerId,
                Kind = HoursEntryKind.Reversal,
                Hours = -hours,
                ServiceDate = entry.ServiceDate,
                Content = entry.Content,
                UnitId = entry.UnitId,
                Status = HoursStatus.Approved,
                Reason = reason,
                ReversesId = entry.Id,
                CreatedUtc = now,
                CreatedBy = who,
                DecidedBy = who,
                DecidedUtc = now,
            };
            db.HoursEntries.Add(reversal);
            await db.SaveChangesAsync(ct);
            await AfterApprovedAsync(reversal, ct);
            return new LedgerResult(reversal, null);
        }, cancellationToken);
    }

    private async Task<LedgerResult> DecideAsync(ClaimsPrincipal staff, long entryId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        reason = (reason ?? "").Trim();
        if (!approve && reason.Length == 0)
            return LedgerResult.Fail("请填写不通过的原因，志愿者会看到它。");
        if (reason.Length > 500)
            return LedgerResult.Fail("原因不能超过 500 字。");

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var entry = await FindForStaffAsync(staff, entryId, ct);
            if (entry is null)
                return LedgerResult.NotFound();
            if (entry.Status != HoursStatus.Pending)
                return LedgerResult.Fail(entry.Status == HoursStatus.Approved ? "这条补录已经通过，不能再改。" : "这条补录已经不通过，不能再改。");

            entry.Status = approve ? HoursStatus.Approved : HoursStatus.Declined;
            if (!approve)
                entry.Reason = Clip($"{entry.Reason}\n不通过原因：{reason}", 500);
            entry.DecidedBy = Clip(staff.Identity?.Name ?? "", 256);
            entry.DecidedUtc = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            if (approve)
                await AfterApprovedAsync(entry, ct);
            return new LedgerResult(entry, null);
        }, cancellationToken);
    }

    /// <summary>The entry under its volunteer's lock, read after the lock; null when missing or out of the user's units.</summary>
    private async Task<HoursEntry?> FindForStaffAsync(ClaimsPrincipal staff, long entryId, CancellationToken ct)
    {
        var volunteerId = await db.HoursEntries.Where(e => e.Id == entryId).Select(e => (int?)e.VolunteerId).FirstOrDefaultAsync(ct);
        if (volunteerId is null || await access.FindAsync(staff, volunteerId.Value, ct) is null)
            return null;
        await unitOfWork.LockAsync(LockName(volunteerId.Value), ct);
        return await db.HoursEntries.FirstAsync(e => e.Id == entryId, ct);
    }

    private async Task AfterApprovedAsync(HoursEntry entry, CancellationToken ct)
    {
        await points.PostForHoursAsync(entry, ct);
        await stars.AwardAsync(entry.VolunteerId, Today, ct);
    }

    /// <summary>Hours already recorded for the day: approved and pending, reversals subtracted, declined claims not counted.</summary>
    private async Task<decimal> DayTotalAsync(int volunteerId, DateOnly date, CancellationToken ct)
        => (await db.HoursEntries.Where(e => e.VolunteerId == volunteerId && e.ServiceDate == date && e.Status != HoursStatus.Declined)
            .Select(e => e.Hours).ToListAsync(ct)).Sum();

    private async Task<VolunteerSettings> RulesAsync(CancellationToken ct)
        => (await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, ct)) ?? new VolunteerSettings();

    /// <summary>
    /// Checks every photo before anything is stored: at most <see cref="MaxEvidence"/>, each an image within the media
    /// module's limits. All refusals are named at once, one per bad file.
    /// </summary>
    private async Task<(IPrivateImages? Images, IReadOnlyList<PrivateImageCheck> Photos, string? Error)> CheckEvidenceAsync(
        IReadOnlyList<EvidenceUpload> photos, CancellationToken ct)
    {
        if (photos.Count == 0)
            return (null, [], null);
        if (photos.Count > MaxEvidence)
            return (null, [], $"证明照片最多 {MaxEvidence} 张，这次选择了 {photos.Count} 张，请减少后重新提交。");
        var images = EvidencePhotos.Uploads(services);
        if (images is null)
            return (null, [], "网站未启用媒体库，暂时不能上传证明照片；可以不附照片提交补录。");
        var checks = new List<PrivateImageCheck>();
        foreach (var photo in photos)
            checks.Add(await images.CheckAsync(photo.FileName, photo.Content, ct));
        var errors = checks.Where(c => !c.Succeeded).Select(c => c.Error!).ToList();
        return errors.Count > 0 ? (images, [], "证明照片有问题，补录未提交：" + string.Join(" ", errors)) : (images, checks, null);
    }

    private static async Task DeleteEvidenceAsync(IPrivateImages? images, IEnumerable<string> paths)
    {
        foreach (var path in paths)
            await images!.DeleteAsync(path, CancellationToken.None);
    }

    private static string Clip(string value, int length) => value.Length > length ? value[..length] : value;
}
