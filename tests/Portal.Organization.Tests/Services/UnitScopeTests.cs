using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Organization.Tests.Services;

[Collection(SharedSite.Name)]
public sealed class UnitScopeTests(PortalFactory factory)
{
    private static ClaimsPrincipal Principal(string userId, params string[] roles)
        => new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType: "Test"));

    private Task<bool> CanActOnAsync(ClaimsPrincipal user, int unitId)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitScope>().CanActOnAsync(user, unitId));

    [Fact]
    public async Task StaffOfAnInstitute_ActOnItAndTheUnitsBelow_ButNotOnOtherInstitutes()
    {
        var (institute, stations) = await factory.CreateInstituteAsync(stations: 1);
        var point = await factory.CreateUnitAsync(UnitKind.Point, stations[0].Id);
        var (_, otherStations) = await factory.CreateInstituteAsync(stations: 1);
        var (userName, _) = await factory.CreateStaffAsync(institute.Id);
        var userId = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<Portal.Abstractions.Users.IUserDirectory>().FindByUserNameAsync(userName))!.Id);
        var staff = Principal(userId, RoleNames.Staff);

        Assert.True(await CanActOnAsync(staff, institute.Id));
        Assert.True(await CanActOnAsync(staff, stations[0].Id));
        Assert.True(await CanActOnAsync(staff, point.Id));
        Assert.False(await CanActOnAsync(staff, otherStations[0].Id));
        Assert.False(await CanActOnAsync(staff, institute.ParentId!.Value));
    }

    [Fact]
    public async Task Administrators_ActEverywhere()
    {
        var (_, stations) = await factory.CreateInstituteAsync(stations: 1);

        Assert.True(await CanActOnAsync(Principal("any-admin", RoleNames.Administrator), stations[0].Id));
    }

    [Fact]
    public async Task UsersWithoutAnAssignment_ActNowhere()
    {
        var (_, stations) = await factory.CreateInstituteAsync(stations: 1);
        var (_, userId) = await factory.CreateUserAsync(OrganizationTestData.Password, RoleNames.Staff);

        var scope = await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitScope>().GetScopeAsync(Principal(userId, RoleNames.Staff)));

        Assert.False(scope.All);
        Assert.Empty(scope.UnitIds);
        Assert.False(await CanActOnAsync(Principal(userId, RoleNames.Staff), stations[0].Id));
    }
}
