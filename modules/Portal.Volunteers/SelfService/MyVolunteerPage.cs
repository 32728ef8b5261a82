using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Volunteers.Certificates;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.SelfService;

/// <summary>"我的": the signed-in user's own record and nothing else, read straight from the module's tables.</summary>
internal sealed class MyVolunteerPageBuilder(
    VolunteersDbContext db,
    IUnitDirectory units,
    IEnumerable<IVolunteerActivities> activitySources,
    IFeatureState features,
    TimeProvider clock)
{
    public async Task<MyVolunteerPage> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var v = userId.Length == 0 ? null : await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == userId, cancellationToken);
        if (v is null)
            return MyVolunteerPage.NotRegistered;

        var unit = await units.FindAsync(v.UnitId, cancellationToken);

        var entries = await db.HoursEntries.AsNoTracking().Where(e => e.VolunteerId == v.Id)
            .OrderByDescending(e => e.ServiceDate).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var hours = entries.Select(e => new MyHoursRow(
            e.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(e.Hours), e.Content, KindName(e.Kind),
            e.Status.ToString(), StatusName(e.Status), e.Status == HoursStatus.Declined || e.Kind == HoursEntryKind.Reversal ? e.Reason : "", EvidencePhotos.For(e))).ToList();

        var trainings = await (from r in db.TrainingRecords.AsNoTracking()
                               join c in db.Courses.AsNoTracking() on r.CourseId equals c.Id
                               where r.VolunteerId == v.Id
                               orderby r.CompletedOn descending
                               select new { c.Title, r.Passed, r.CompletedOn, r.ExpiresOn }).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);

        var points = await db.PointsEntries.AsNoTracking().Where(p => p.VolunteerId == v.Id).Select(p => p.Points).ToListAsync(cancellationToken);
        var redemptions = await (from r in db.Redemptions.AsNoTracking()
                                 join w in db.Rewards.AsNoTracking() on r.RewardId equals w.Id
                                 where r.VolunteerId == v.Id
                                 orderby r.CreatedUtc descending
                                 select new { w.Name, r.Points, r.PickupCode, r.Status, r.CreatedUtc }).ToListAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.VolunteerId == v.Id)
            .OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        // Sign-ups and invitations come from the activities module when it is on.
        var activities = features.Enabled(activitySources).FirstOrDefault() is { } source
            ? await source.ForVolunteerAsync(v.Id, cancellationToken)
            : null;

        return new MyVolunteerPage(
            true,
            new MyProfile(v.Number, v.RealName, v.IdType.ToChinese(), v.IdNumberMasked, v.MobileMasked, unit?.Name ?? "", v.Status.ToString(),
                v.Status switch { VolunteerStatus.Approved => "已通过审核", VolunteerStatus.Rejected => "未通过审核", _ => "待审核" },
                v.Status == VolunteerStatus.Rejected ? v.ReviewReason : ""),
            hours,
            new MyHoursTotals(
                Number(entries.Where(e => e.Status == HoursStatus.Approved).Sum(e => e.Hours)),
                Number(entries.Where(e => e.Status == HoursStatus.Pending).Sum(e => e.Hours)),
                Number(entries.Where(e => e.Status == HoursStatus.Approved && e.ServiceDate.Year == today.Year).Sum(e => e.Hours))),
            trainings.Select(t => new MyTrainingRow(t.Title, t.Passed, t.Passed ? "合格" : "不合格", t.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                t.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期有效", t.Passed && t.ExpiresOn is { } x && x < today)).ToList(),
            points.Sum(),
            redemptions.Select(r => new MyRedemptionRow(r.Name, r.Points, r.PickupCode, r.Status.ToString(), r.Status switch
            {
                RedemptionStatus.PickedUp => "已领取",
                RedemptionStatus.Cancelled => "已取消",
                _ => "待领取",
            }, ChinaTime.FromUtc(r.CreatedUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).ToList(),
            certificates.Select(c => new MyCertificateRow(c.Number, CertificateText.Date(c.IssuedOn),
                $"{CertificateText.Date(c.PeriodFrom)}至{CertificateText.Date(c.PeriodTo)}", CertificateText.Hours(c.Hours), c.IssuingOrganization,
                CertificateUrls.PrintUrl(c.Id), CertificateUrls.VerifyUrl(c.VerificationCode))).ToList(),
            activities);
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string KindName(HoursEntryKind kind) => kind switch
    {
        HoursEntryKind.Attendance => "活动签到",
        HoursEntryKind.Claim => "补录",
        _ => "更正",
    };

    private static string StatusName(HoursStatus status) => status switch
    {
        HoursStatus.Approved => "已通过",
        HoursStatus.Declined => "未通过",
        _ => "待审核",
    };
}

internal sealed record MyVolunteerPage(
    bool Registered,
    MyProfile? Profile,
    IReadOnlyList<MyHoursRow> Hours,
    MyHoursTotals? Totals,
    IReadOnlyList<MyTrainingRow> Trainings,
    int PointsBalance,
    IReadOnlyList<MyRedemptionRow> Redemptions,
    IReadOnlyList<MyCertificateRow> Certificates,
    VolunteerActivities? Activities)
{
    public static MyVolunteerPage NotRegistered { get; } = new(false, null, [], null, [], 0, [], [], null);

    /// <summary>For the forms answering invitations.</summary>
    public FormToken? Token { get; init; }
}

internal sealed record MyProfile(
    string Number, string RealName, string IdTypeName, string IdNumberMasked, string MobileMasked, string UnitName, string Status, string StatusName, string ReviewReason);

internal sealed record MyHoursRow(string Date, string Hours, string Content, string KindName, string Status, string StatusName, string Reason,
    IReadOnlyList<EvidencePhoto> Photos);

internal sealed record MyHoursTotals(string Approved, string Pending, string ApprovedThisYear);

internal sealed record MyTrainingRow(string Course, bool Passed, string ResultName, string CompletedOn, string ExpiresOn, bool Expired);

internal sealed record MyRedemptionRow(string Reward, int Points, string PickupCode, string Status, string StatusName, string Created);

internal sealed record MyCertificateRow(string Number, string IssuedOn, string Period, string Hours, string IssuingOrganization, string PrintUrl, string VerifyUrl);
