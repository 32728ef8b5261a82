using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests;

/// <summary>
/// A volunteer made for a test: an approved (or given) record with its personal data protected as registration stores
/// it, an account that signs in with <see cref="VolunteersTestData.Password"/>, and the plaintext a test looks for
/// where it must appear and must not.
/// </summary>
internal sealed record TestVolunteer(int Id, string Number, string RealName, string IdNumber, string Mobile, UnitInfo Unit, string UserName, string UserId)
{
    public int UnitId => Unit.Id;
}

/// <summary>
/// The one way the Volunteers tests make units, staff and volunteers, each new for every call: units and staff
/// assignments through the admin pages, as people make them; volunteers straight in the database.
/// </summary>
internal static class VolunteersTestData
{
    public const string Password = "Volunteer-pass-2026";

    /// <summary>Two stations of different institutes in the sample site's unit tree.</summary>
    public const string StationA = "JY-CJ-NJ";
    public const string StationB = "JY-HS-HX";

    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int _idSequence = Random.Shared.Next(0, 1000);

    public static string NewCode(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A valid 居民身份证 number of Jiangyin (GB 11643 check digit) no other call returns; ending in X when asked.</summary>
    public static string NewIdNumber(bool endingInX = false)
    {
        while (true)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 40 * 365));
            var body = $"320281{birth:yyyyMMdd}{Interlocked.Increment(ref _idSequence) % 1000:D3}";
            var check = "10X98765432"[body.Select((c, i) => (c - '0') * IdWeights[i]).Sum() % 11];
            if (!endingInX || check == 'X')
                return body + check;
        }
    }

    public static string NewMobile() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    // ---- Units ----

    public static Task<UnitInfo> FindUnitAsync(this PortalFactory factory, string code) => factory.WithScopeAsync(async sp =>
        await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code) ?? throw new InvalidOperationException($"No unit {code}."));

    public static async Task<int> UnitIdAsync(this PortalFactory factory, string code) => (await factory.FindUnitAsync(code)).Id;

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

    /// <summary>A new station under the 澄江街道 institute.</summary>
    public static Task<UnitInfo> CreateStationAsync(this PortalFactory factory, PortalClient admin)
        => factory.CreateUnitAsync(admin, UnitKind.Station, "JY-CJ");

    /// <summary>A new institute under the seeded center with two stations under it.</summary>
    public static async Task<(UnitInfo Institute, UnitInfo StationA, UnitInfo StationB)> CreateInstituteAsync(this PortalFactory factory)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var institute = await factory.CreateUnitAsync(admin, UnitKind.Institute);
        return (institute, await factory.CreateUnitAsync(admin, UnitKind.Station, institute.Code), await factory.CreateUnitAsync(admin, UnitKind.Station, institute.Code));
    }

    // ---- Staff ----

    /// <summary>
    /// A Staff account of the unit, signed in, holding besides the recipe's Staff permissions <paramref name="permissions"/>:
    /// by default what the module proposes for Staff.
    /// </summary>
    public static Task<PortalClient> CreateStaffAsync(this PortalFactory factory, int unitId, params Permission[] permissions)
        => factory.CreateStaffClientAsync(unitId, (permissions.Length > 0
            ? permissions
            : new Permissions().GetDefaultStereotypes().Where(s => s.RoleName == RoleNames.Staff).SelectMany(s => s.Permissions)).Select(p => p.Name).ToArray());

    public static async Task<PortalClient> CreateStaffAsync(this PortalFactory factory, string unitCode, params Permission[] permissions)
        => await factory.CreateStaffAsync(await factory.UnitIdAsync(unitCode), permissions);

    // ---- Volunteers ----

    /// <summary>A volunteer of the unit with an account (role Volunteer), written straight to the database.</summary>
    public static async Task<TestVolunteer> CreateVolunteerAsync(this PortalFactory factory, UnitInfo unit, string realName = "王晓明",
        VolunteerStatus status = VolunteerStatus.Approved, bool onHonorRoll = false)
    {
        var (userName, userId) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        var idNumber = NewIdNumber();
        var mobile = NewMobile();
        var number = $"{unit.Code}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
        var id = await factory.WithScopeAsync(async sp =>
        {
            var vault = sp.GetRequiredService<IPersonalDataVault>();
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var volunteer = new Volunteer
            {
                UserId = userId,
                Number = number,
                UnitId = unit.Id,
                RealName = realName,
                IdType = IdType.ResidentCard,
                IdNumberProtected = vault.Protect(idNumber),
                IdNumberHash = vault.Hash(idNumber),
                IdNumberMasked = PersonalDataMask.IdNumber(idNumber),
                MobileProtected = vault.Protect(mobile),
                MobileHash = vault.Hash(mobile),
                MobileMasked = PersonalDataMask.Phone(mobile),
                Skills = ["应急救护"],
                SensitiveConsentUtc = DateTime.UtcNow,
                Status = status,
                OnHonorRoll = onHonorRoll,
                RegisteredUtc = DateTime.UtcNow,
            };
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            return volunteer.Id;
        });
        return new TestVolunteer(id, number, realName, idNumber, mobile, unit, userName, userId);
    }

    /// <summary>As above, in the unit of <paramref name="unitCode"/> (station A of the sample site by default).</summary>
    public static async Task<TestVolunteer> CreateVolunteerAsync(this PortalFactory factory, string unitCode = StationA, bool onHonorRoll = false,
        VolunteerStatus status = VolunteerStatus.Approved, string realName = "王晓明")
        => await factory.CreateVolunteerAsync(await factory.FindUnitAsync(unitCode), realName, status, onHonorRoll);

    /// <summary>A volunteer and a client signed in as them.</summary>
    public static async Task<(TestVolunteer Volunteer, PortalClient Client)> CreateVolunteerWithAccountAsync(this PortalFactory factory, UnitInfo unit,
        string realName = "李红梅")
    {
        var volunteer = await factory.CreateVolunteerAsync(unit, realName);
        return (volunteer, await factory.SignInAsync(volunteer));
    }

    public static Task<PortalClient> SignInAsync(this PortalFactory factory, TestVolunteer volunteer) => factory.CreateClientAsAsync(volunteer.UserName, Password);

    /// <summary>A fresh scope's answer, so tests read what was committed.</summary>
    public static Task<T> WithVolunteersAsync<T>(this PortalFactory factory, Func<VolunteersDbContext, Task<T>> work)
        => factory.WithScopeAsync(sp => work(sp.GetRequiredService<VolunteersDbContext>()));
}
