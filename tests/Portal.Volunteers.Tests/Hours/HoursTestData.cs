using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Abstractions.Data;
using Portal.Abstractions.Events;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Hours;

/// <summary>A volunteer made directly in the database, with an account that signs in with <see cref="HoursTestData.Password"/>.</summary>
internal sealed record TestVolunteer(int Id, string Number, string UserName, string UserId, int UnitId, string RealName);

/// <summary>Volunteers, staff and attendance for the hours and points tests, each with values no other test uses.</summary>
internal static class HoursTestData
{
    public const string Password = "Volunteer-pass-2026";

    /// <summary>Two stations of different institutes in the sample site's unit tree.</summary>
    public const string StationA = "JY-CJ-NJ";
    public const string StationB = "JY-HS-HX";

    public static Task<int> UnitIdAsync(this PortalFactory factory, string code)
        => factory.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))!.Id);

    public static async Task<TestVolunteer> CreateVolunteerAsync(this PortalFactory factory, string unitCode = StationA, bool onHonorRoll = false,
        VolunteerStatus status = VolunteerStatus.Approved, string realName = "王小明")
    {
        var unitId = await factory.UnitIdAsync(unitCode);
        var (userName, userId) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var vault = sp.GetRequiredService<IPersonalDataVault>();
            var idNumber = "3202" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString();
            var mobile = "139" + Random.Shared.Next(10_000_000, 99_999_999);
            var volunteer = new Volunteer
            {
                UserId = userId,
                Number = $"{unitCode}-{suffix}",
                UnitId = unitId,
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
                OnHonorRoll = onHonorRoll,
                RegisteredUtc = DateTime.UtcNow,
            };
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            return volunteer.Id;
        });
        return new TestVolunteer(id, $"{unitCode}-{suffix}", userName, userId, unitId, realName);
    }

    /// <summary>Posts attendance as the activities module does: the event inside a unit of work.</summary>
    public static Task PostAttendanceAsync(this PortalFactory factory, TestVolunteer volunteer, decimal hours, DateOnly date, string? key = null)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(ct =>
            sp.GetRequiredService<IEventPublisher>().PublishAsync(
                new AttendanceHoursPosted(volunteer.Id, key ?? $"test:{Guid.NewGuid():N}", hours, date, "社区志愿服务活动", volunteer.UnitId), ct)));

    /// <summary>A Staff account assigned to the unit (through the units admin), and a client signed in as it.</summary>
    public static async Task<PortalClient> CreateStaffClientAsync(this PortalFactory factory, string unitCode)
    {
        await factory.GrantStaffAsync(Permissions.ApproveServiceHours, Permissions.ManageLoveSupermarket);
        var unitId = await factory.UnitIdAsync(unitCode);
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var admin = await factory.CreateAdminClientAsync();
        var response = await admin.PostWithTokenAsync($"/admin/units/{unitId}/staff", $"/admin/units/{unitId}/staff", ("userName", userName));
        if ((int)response.StatusCode != 302)
            throw new InvalidOperationException($"Assigning staff answered {(int)response.StatusCode}.");
        return await factory.CreateClientAsAsync(userName, Password);
    }

    /// <summary>
    /// The sample recipe sets the Staff role's permissions to AccessAdmin and EditOwnUnits only, so the Volunteers
    /// defaults for Staff are not there: the tests grant what staff of a unit are meant to have.
    /// </summary>
    public static Task GrantStaffAsync(this PortalFactory factory, params Permission[] permissions) => factory.WithScopeAsync(async sp =>
    {
        var role = await sp.GetRequiredService<RoleManager<PortalRole>>().FindByNameAsync(RoleNames.Staff)
            ?? throw new InvalidOperationException("No Staff role.");
        var rolePermissions = sp.GetRequiredService<RolePermissions>();
        var current = (await rolePermissions.GetAllAsync()).TryGetValue(RoleNames.Staff, out var names) ? names : [];
        if (permissions.All(p => current.Contains(p.Name)))
            return;
        await rolePermissions.SetAsync(role, current.Union(permissions.Select(p => p.Name)));
    });

    public static ClaimsPrincipal Administrator { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "test-admin"), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, RoleNames.Administrator)],
        authenticationType: "Test"));

    public static Task<T> WithVolunteersAsync<T>(this PortalFactory factory, Func<VolunteersDbContext, Task<T>> work)
        => factory.WithScopeAsync(sp => work(sp.GetRequiredService<VolunteersDbContext>()));

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
