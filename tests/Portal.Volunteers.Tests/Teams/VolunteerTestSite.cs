using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Teams;

/// <summary>A volunteer made for a test, with the plaintext of what must never appear on a public page.</summary>
internal sealed record TestVolunteer(int Id, string Number, string RealName, string IdNumber, string Mobile, int UnitId);

/// <summary>
/// Makes what the team and training tests need, each time new: units (through the admin, as staff would), staff of a
/// unit, and volunteers written straight to the database with their personal data protected.
/// </summary>
internal static class VolunteerTestSite
{
    public const string StaffPassword = "Staff-pass-2026";

    private static readonly string[] Surnames = ["张", "王", "李", "赵", "陈", "周", "吴", "徐"];

    public static string NewCode(string prefix = "VT") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A new institute under the seeded center with two stations under it; ids of (institute, station A, station B).</summary>
    public static async Task<(UnitInfo Institute, UnitInfo StationA, UnitInfo StationB)> CreateInstituteAsync(this PortalFactory factory)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var center = (await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY")))!;
        var institute = await CreateUnitAsync(factory, admin, center.Id, UnitKind.Institute);
        var a = await CreateUnitAsync(factory, admin, institute.Id, UnitKind.Station);
        var b = await CreateUnitAsync(factory, admin, institute.Id, UnitKind.Station);
        return (institute, a, b);
    }

    private static async Task<UnitInfo> CreateUnitAsync(PortalFactory factory, PortalClient admin, int parentId, UnitKind kind)
    {
        var code = NewCode();
        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={parentId}", "form[action$='/create']", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = $"测试{kind.ShortName()}{code}", ["Kind"] = kind.ToString(), ["ParentId"] = parentId.ToString(),
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Creating unit {code} answered {(int)response.StatusCode}.");
        return (await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)))!;
    }

    /// <summary>A Staff account assigned to <paramref name="unitId"/> through the admin, and a client signed in as it.</summary>
    public static async Task<PortalClient> CreateStaffAsync(this PortalFactory factory, int unitId)
    {
        await factory.EnsureVolunteerWorkRoleAsync();
        var (userName, _) = await factory.CreateUserAsync(StaffPassword, RoleNames.Staff, VolunteerWorkRole);
        using var admin = await factory.CreateAdminClientAsync();
        var response = await admin.SubmitFormAsync($"/admin/units/{unitId}/staff", "form[action$='/staff']",
            new Dictionary<string, string> { ["userName"] = userName });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Assigning staff answered {(int)response.StatusCode}.");
        return await factory.CreateClientAsAsync(userName, StaffPassword);
    }

    /// <summary>
    /// The site recipe sets the Staff role's permissions to AccessAdmin and EditOwnUnits only, so a unit's staff get the
    /// team and training permissions through this second role here.
    /// </summary>
    public const string VolunteerWorkRole = "VolunteerWork";

    private static Task EnsureVolunteerWorkRoleAsync(this PortalFactory factory) => factory.WithScopeAsync(async sp =>
    {
        var role = await sp.GetRequiredService<RoleService>().EnsureAsync(VolunteerWorkRole, "志愿服务工作人员（测试）");
        await sp.GetRequiredService<RolePermissions>().SetAsync(role,
            [nameof(Permissions.ManageVolunteers), nameof(Permissions.ManageTeams), nameof(Permissions.ManageTraining)]);
    });

    /// <summary>A volunteer of <paramref name="unitId"/> written straight to the database, its personal data protected.</summary>
    public static Task<TestVolunteer> CreateVolunteerAsync(this PortalFactory factory, int unitId, VolunteerStatus status = VolunteerStatus.Approved)
        => factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var vault = sp.GetRequiredService<IPersonalDataVault>();
            var unique = Guid.NewGuid().ToString("N");
            var digits = string.Concat(unique.Select(c => (char)('0' + c % 10)));
            var realName = Surnames[digits[0] - '0' & 7] + "测" + (char)('甲' + (digits[1] - '0'));
            var idNumber = "320281199" + digits[..8] + "X";
            var mobile = "139" + digits[8..16];
            var volunteer = new Volunteer
            {
                UserId = "test-" + unique,
                Number = "VT-" + unique[..10].ToUpperInvariant(),
                UnitId = unitId,
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
                RegisteredUtc = DateTime.UtcNow,
            };
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            return new TestVolunteer(volunteer.Id, volunteer.Number, realName, idNumber, mobile, unitId);
        });

    /// <summary>A fresh scope's answer, so tests read what was committed.</summary>
    public static Task<T> ReadAsync<T>(this PortalFactory factory, Func<VolunteersDbContext, Task<T>> read)
        => factory.WithScopeAsync(sp => read(sp.GetRequiredService<VolunteersDbContext>()));
}
