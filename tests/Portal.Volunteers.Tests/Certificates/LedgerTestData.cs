using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Certificates;

/// <summary>
/// Makes what the certificate, report and self-service tests need straight in the database: units and staff through
/// the admin pages, volunteers (personal data protected as registration stores it), approved hours, trainings,
/// points and redemptions. Codes, numbers and ID numbers are new for every call.
/// </summary>
internal static class LedgerTestData
{
    public const string Password = "Volunteer-pass-2026";

    private static int _sequence = Random.Shared.Next(1000, 9000);

    public static string NewCode(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A valid 居民身份证 number (GB 11643 check digit) no other call returns.</summary>
    public static string NewIdNumber()
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var body = $"320281{1960 + Random.Shared.Next(40)}{Random.Shared.Next(1, 13):D2}{Random.Shared.Next(1, 29):D2}{sequence:D3}";
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static string NewMobile() => "139" + Random.Shared.Next(10000000, 99999999).ToString();

    /// <summary>A unit under <paramref name="parentCode"/> (the seeded center by default), made through the admin page.</summary>
    public static async Task<UnitInfo> CreateUnitAsync(this PortalFactory factory, PortalClient admin, UnitKind kind, string parentCode = "JY")
    {
        var parent = await factory.FindUnitAsync(parentCode);
        var code = NewCode();
        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={parent.Id}", "form[action='/admin/units/create']", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = $"测试{kind.ShortName()}{code}", ["Kind"] = kind.ToString(), ["ParentId"] = parent.Id.ToString(),
            ["ContactPhone"] = "0510-86001234",
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Creating unit {code} answered {(int)response.StatusCode}.");
        return await factory.FindUnitAsync(code);
    }

    public static Task<UnitInfo> FindUnitAsync(this PortalFactory factory, string code) => factory.WithScopeAsync(async sp =>
        await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code) ?? throw new InvalidOperationException($"No unit {code}."));

    /// <summary>
    /// A Staff account assigned to the unit (through the admin page), and a client signed in as them. The setup recipe
    /// grants Staff only AccessAdmin and EditOwnUnits, so the role gets the grants the module proposes for it first.
    /// </summary>
    public static async Task<PortalClient> CreateStaffAsync(this PortalFactory factory, PortalClient admin, int unitId)
    {
        await factory.WithScopeAsync(async sp =>
        {
            var role = await sp.GetRequiredService<RoleManager<PortalRole>>().FindByNameAsync(RoleNames.Staff) ?? throw new InvalidOperationException("No Staff role.");
            var grants = sp.GetRequiredService<RolePermissions>();
            var held = (await grants.GetAllAsync()).GetValueOrDefault(RoleNames.Staff)?.ToList() ?? [];
            var proposed = new Permissions().GetDefaultStereotypes().Where(s => s.RoleName == RoleNames.Staff).SelectMany(s => s.Permissions).Select(p => p.Name);
            await grants.SetAsync(role, held.Union(proposed));
        });
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        var response = await admin.SubmitFormAsync($"/admin/units/{unitId}/staff", "form[action$='/staff']", new Dictionary<string, string> { ["userName"] = userName });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Assigning staff answered {(int)response.StatusCode}.");
        return await factory.CreateClientAsAsync(userName, Password);
    }

    /// <summary>An approved volunteer of the unit with its personal data protected; with an account when <paramref name="userId"/> is given.</summary>
    public static Task<TestVolunteer> CreateVolunteerAsync(this PortalFactory factory, UnitInfo unit, string realName = "王晓明", string? userId = null,
        VolunteerStatus status = VolunteerStatus.Approved)
        => factory.WithScopeAsync(async sp =>
        {
            var vault = sp.GetRequiredService<IPersonalDataVault>();
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var idNumber = NewIdNumber();
            var mobile = NewMobile();
            var volunteer = new Volunteer
            {
                UserId = userId ?? "no-account-" + Guid.NewGuid().ToString("N"),
                Number = $"{unit.Code}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}",
                UnitId = unit.Id,
                RealName = realName,
                IdType = IdType.ResidentCard,
                IdNumberProtected = vault.Protect(idNumber),
                IdNumberHash = vault.Hash(idNumber),
                IdNumberMasked = PersonalDataMask.IdNumber(idNumber),
                MobileProtected = vault.Protect(mobile),
                MobileHash = vault.Hash(mobile),
                MobileMasked = PersonalDataMask.Phone(mobile),
                SensitiveConsentUtc = DateTime.UtcNow,
                Status = status,
                RegisteredUtc = DateTime.UtcNow,
            };
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            return new TestVolunteer(volunteer.Id, volunteer.Number, realName, idNumber, mobile, unit);
        });

    /// <summary>A volunteer with an account (role Volunteer) and a client signed in as them.</summary>
    public static async Task<(TestVolunteer Volunteer, PortalClient Client)> CreateVolunteerWithAccountAsync(this PortalFactory factory, UnitInfo unit, string realName = "李红梅")
    {
        var (userName, userId) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        var volunteer = await factory.CreateVolunteerAsync(unit, realName, userId);
        return (volunteer, await factory.CreateClientAsAsync(userName, Password));
    }

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

/// <summary>A volunteer made for a test, with the plaintext a test looks for (and must not find).</summary>
internal sealed record TestVolunteer(int Id, string Number, string RealName, string IdNumber, string Mobile, UnitInfo Unit);
