using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Certificates;

/// <summary>
/// Makes what the certificate, report and self-service tests need straight in the database besides units, staff and
/// volunteers (<see cref="VolunteersTestData"/>): approved hours, trainings, points and redemptions, teams, certificates.
/// </summary>
internal static class LedgerTestData
{
    public static Task<long> AddHoursAsync(this PortalFactory factory, TestVolunteer volunteer, decimal hours, DateOnly date, string content = "文明实践志愿服务",
        HoursStatus status = HoursStatus.Approved, HoursEntryKind kind = HoursEntryKind.Claim, string reason = "", long? reverses = null)
        => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var entry = new HoursEntry
            {
                VolunteerId = volunteer.Id, Kind = kind, Hours = hours, ServiceDate = date, Content = content, UnitId = volunteer.Unit.Id,
                Status = status, Reason = reason, ReversesId = reverses, CreatedUtc = DateTime.UtcNow, CreatedBy = "test",
                DecidedBy = status == HoursStatus.Pending ? "" : "test", DecidedUtc = status == HoursStatus.Pending ? null : DateTime.UtcNow,
            };
            db.HoursEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    public static Task AddTrainingAsync(this PortalFactory factory, TestVolunteer volunteer, string course, bool passed, DateOnly completed, DateOnly? expires)
        => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var c = new Course { Title = course, Kind = "通用培训", Hours = 2 };
            db.Courses.Add(c);
            await db.SaveChangesAsync();
            db.TrainingRecords.Add(new TrainingRecord
            {
                VolunteerId = volunteer.Id, CourseId = c.Id, Passed = passed, CompletedOn = completed, ExpiresOn = expires, RecordedBy = "test", RecordedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

    /// <summary>Points earned, and a redemption of a reward with its pickup code.</summary>
    public static Task<string> AddRedemptionAsync(this PortalFactory factory, TestVolunteer volunteer, int earned, string reward, int price)
        => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var item = new Reward { Name = reward, Points = price, Stock = 10 };
            db.Rewards.Add(item);
            db.PointsEntries.Add(new PointsEntry { VolunteerId = volunteer.Id, Points = earned, Reason = "服务时长积分", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            var code = "P" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
            var redemption = new Redemption { RewardId = item.Id, VolunteerId = volunteer.Id, Points = price, PickupCode = code, CreatedUtc = DateTime.UtcNow };
            db.Redemptions.Add(redemption);
            await db.SaveChangesAsync();
            db.PointsEntries.Add(new PointsEntry { VolunteerId = volunteer.Id, Points = -price, Reason = "兑换", RedemptionId = redemption.Id, CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return code;
        });

    public static Task AddTeamAsync(this PortalFactory factory, UnitInfo unit, string name, params TestVolunteer[] members)
        => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var team = new Team { UnitId = unit.Id, Name = name, Level = TeamLevel.Squad, Field = "便民服务", CreatedUtc = DateTime.UtcNow };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            foreach (var m in members)
                db.TeamMembers.Add(new TeamMember { TeamId = team.Id, VolunteerId = m.Id, JoinedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

    /// <summary>A certificate as issuing stores it, for pages that list or print one.</summary>
    public static Task<Certificate> AddCertificateAsync(this PortalFactory factory, TestVolunteer volunteer, decimal hours)
        => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var certificate = new Certificate
            {
                Number = $"{volunteer.Unit.Code}-2026-{Random.Shared.Next(1, 999999):D6}",
                VerificationCode = Volunteers.Certificates.CertificateIssuer.NewVerificationCode(),
                VolunteerId = volunteer.Id, RealName = volunteer.RealName, IdType = IdType.ResidentCard,
                IdNumberMasked = PersonalDataMask.IdNumber(volunteer.IdNumber), VolunteerNumber = volunteer.Number,
                PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 6, 30), Hours = hours, ServiceContent = "文明实践志愿服务",
                IssuingOrganization = volunteer.Unit.Name, ResponsiblePerson = "陈主任", HandlingOfficer = "周经办", Contact = "0510-86001234",
                IssuedOn = new DateOnly(2026, 7, 1), IssuedBy = "test",
            };
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync();
            return certificate;
        });

    public static Task<List<Certificate>> CertificatesOfAsync(this PortalFactory factory, TestVolunteer volunteer)
        => factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<VolunteersDbContext>().Certificates
            .Where(c => c.VolunteerId == volunteer.Id).OrderBy(c => c.Id).ToList()));
}
