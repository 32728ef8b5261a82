using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Organization.Models;
using Portal.Organization.Services;
using Portal.Testing;

namespace Portal.Organization.Tests;

/// <summary>Makes the units and staff a test needs, with codes no other test uses.</summary>
internal static class OrganizationTestData
{
    public const string Password = "Staff-pass-2026";

    public static string NewCode(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A new institute under the seeded center, with <paramref name="stations"/> stations under it.</summary>
    public static async Task<(Unit Institute, Unit[] Stations)> CreateInstituteAsync(this PortalFactory factory, int stations = 2)
    {
        var centerId = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY"))!.Id);
        var institute = await factory.CreateUnitAsync(UnitKind.Institute, centerId);
        var created = new Unit[stations];
        for (var i = 0; i < stations; i++)
            created[i] = await factory.CreateUnitAsync(UnitKind.Station, institute.Id);
        return (institute, created);
    }

    public static Task<Unit> CreateUnitAsync(this PortalFactory factory, UnitKind kind, int? parentId) => factory.WithScopeAsync(async sp =>
    {
        var code = NewCode();
        var result = await sp.GetRequiredService<UnitService>()
            .CreateAsync(new UnitInput(code, $"测试{kind.ShortName()}{code}", kind, parentId, "测试地址", "联系人", "0510-12345678", 0));
        return result.Unit ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
    });

    public static Task<Unit?> FindUnitAsync(this PortalFactory factory, int id)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<UnitService>().FindAsync(id));

    /// <summary>A Staff user assigned to <paramref name="unitId"/>, and a client signed in as them.</summary>
    public static async Task<(string UserName, PortalClient Client)> CreateStaffAsync(this PortalFactory factory, int unitId)
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        var problem = await factory.WithScopeAsync(sp => sp.GetRequiredService<StaffService>().AssignAsync(unitId, userName));
        if (problem is not null)
            throw new InvalidOperationException(problem);
        return (userName, await factory.CreateClientAsAsync(userName, Password));
    }

    /// <summary>The edit form's fields as a dictionary, for posting with changes.</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> values, string key, string value)
    {
        values[key] = value;
        return values;
    }
}
