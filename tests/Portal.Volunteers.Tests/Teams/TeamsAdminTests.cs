using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Testing;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Teams;

[Collection(SharedSite.Name)]
public sealed class TeamsAdminTests(PortalFactory factory)
{
    private static Dictionary<string, string> TeamFields(string name, int unitId, TeamLevel level, int? parentId = null, string field = "便民服务") => new()
    {
        ["Name"] = name, ["UnitId"] = unitId.ToString(), ["Level"] = level.ToString(), ["ParentId"] = parentId?.ToString() ?? "",
        ["Field"] = field, ["Description"] = "测试服务队",
    };

    private static string NewName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private Task<Team?> FindTeamAsync(string name) => factory.WithVolunteersAsync(db => db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name));

    private async Task<Team> CreateTeamAsync(PortalClient client, string name, int unitId, TeamLevel level, int? parentId = null)
    {
        var response = await client.SubmitFormAsync("/admin/volunteers/teams/create", "form.team-form", TeamFields(name, unitId, level, parentId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await FindTeamAsync(name))!;
    }

    [Fact]
    public async Task StaffOfAnInstitute_NestCorpsBrigadeAndSquad_AcrossTheirUnits()
    {
        var (institute, stationA, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(institute.Id);

        var corps = await CreateTeamAsync(staff, NewName("总队"), institute.Id, TeamLevel.Corps);
        var brigade = await CreateTeamAsync(staff, NewName("大队"), stationA.Id, TeamLevel.Brigade, corps.Id);
        var squad = await CreateTeamAsync(staff, NewName("分队"), stationA.Id, TeamLevel.Squad, brigade.Id);

        Assert.Equal((institute.Id, (int?)null), (corps.UnitId, corps.ParentId));
        Assert.Equal((stationA.Id, (int?)corps.Id), (brigade.UnitId, brigade.ParentId));
        Assert.Equal(brigade.Id, squad.ParentId);
        var list = (await staff.GetPageAsync("/admin/volunteers/teams")).QuerySelector("table.team-tree")!.TextContent;
        Assert.Contains(squad.Name, list);
    }

    [Fact]
    public async Task ASquadUnderACorps_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var (institute, _, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(institute.Id);
        var corps = await CreateTeamAsync(staff, NewName("总队"), institute.Id, TeamLevel.Corps);
        var name = NewName("越级分队");

        var response = await staff.SubmitFormAsync("/admin/volunteers/teams/create", "form.team-form", TeamFields(name, institute.Id, TeamLevel.Squad, corps.Id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("应为大队", (await PortalClient.ParseAsync(response)).Errors());
        Assert.Null(await FindTeamAsync(name));
    }

    [Fact]
    public async Task AParentInASiblingStation_IsRefused_ForItIsNotTheSameUnitOrAUnitAbove()
    {
        var (institute, stationA, stationB) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(institute.Id);
        var brigadeOfB = await CreateTeamAsync(staff, NewName("大队"), stationB.Id, TeamLevel.Brigade);
        var name = NewName("分队");

        var response = await staff.SubmitFormAsync("/admin/volunteers/teams/create", "form.team-form", TeamFields(name, stationA.Id, TeamLevel.Squad, brigadeOfB.Id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("须属于本单位或上级单位", (await PortalClient.ParseAsync(response)).Errors());
        Assert.Null(await FindTeamAsync(name));
    }

    [Fact]
    public async Task ATeamUnderItself_IsRefused_AndNoCycleIsSaved()
    {
        var (institute, _, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(institute.Id);
        var corps = await CreateTeamAsync(staff, NewName("总队"), institute.Id, TeamLevel.Corps);
        var brigade = await CreateTeamAsync(staff, NewName("大队"), institute.Id, TeamLevel.Brigade, corps.Id);

        var response = await staff.SubmitFormAsync($"/admin/volunteers/teams/{corps.Id}/edit", "form.team-form",
            new Dictionary<string, string> { ["ParentId"] = brigade.Id.ToString(), ["Level"] = nameof(TeamLevel.Squad) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await PortalClient.ParseAsync(response)).Errors());
        var saved = (await FindTeamAsync(corps.Name))!;
        Assert.Equal((TeamLevel.Corps, (int?)null), (saved.Level, saved.ParentId));
    }

    [Fact]
    public async Task DeletingATeamWithSubTeams_IsRefusedWithAMessage_ThenWorksOnceTheyAreGone()
    {
        var (institute, _, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(institute.Id);
        var corps = await CreateTeamAsync(staff, NewName("总队"), institute.Id, TeamLevel.Corps);
        var brigade = await CreateTeamAsync(staff, NewName("大队"), institute.Id, TeamLevel.Brigade, corps.Id);

        var refused = await staff.SubmitFormAsync($"/admin/volunteers/teams/{corps.Id}/edit", "form[action$='/delete']");
        var message = (await staff.FollowAsync(refused)).Errors();
        Assert.Contains("还有下级服务队", message);
        Assert.Contains(brigade.Name, message);
        Assert.NotNull(await FindTeamAsync(corps.Name));

        await staff.SubmitFormAsync($"/admin/volunteers/teams/{brigade.Id}/edit", "form[action$='/delete']");
        var deleted = await staff.SubmitFormAsync($"/admin/volunteers/teams/{corps.Id}/edit", "form[action$='/delete']");
        Assert.Contains("已删除", (await staff.FollowAsync(deleted)).Successes());
        Assert.Null(await FindTeamAsync(corps.Name));
    }

    [Fact]
    public async Task StaffOfStationA_CannotSeeEditDeleteOrCreateTeamsOfStationB()
    {
        var (_, stationA, stationB) = await factory.CreateInstituteAsync();
        using var staffA = await factory.CreateStaffAsync(stationA.Id);
        using var staffB = await factory.CreateStaffAsync(stationB.Id);
        var teamOfB = await CreateTeamAsync(staffB, NewName("分队"), stationB.Id, TeamLevel.Squad);
        var volunteerOfA = await factory.CreateVolunteerAsync(stationA);

        var list = await staffA.GetPageAsync("/admin/volunteers/teams");
        var open = await staffA.GetAsync($"/admin/volunteers/teams/{teamOfB.Id}/edit");
        var members = await staffA.GetAsync($"/admin/volunteers/teams/{teamOfB.Id}/members");
        var edit = await staffA.PostWithTokenAsync("/admin/volunteers/teams", $"/admin/volunteers/teams/{teamOfB.Id}/edit",
            ("Name", "被越权修改"), ("Level", "Squad"), ("Field", "x"));
        var delete = await staffA.PostWithTokenAsync("/admin/volunteers/teams", $"/admin/volunteers/teams/{teamOfB.Id}/delete");
        var addMember = await staffA.PostWithTokenAsync("/admin/volunteers/teams", $"/admin/volunteers/teams/{teamOfB.Id}/members", ("number", volunteerOfA.Number));
        var create = await staffA.PostWithTokenAsync("/admin/volunteers/teams", "/admin/volunteers/teams/create",
            ("Name", NewName("越权")), ("UnitId", stationB.Id.ToString()), ("Level", "Squad"));

        Assert.DoesNotContain(teamOfB.Name, list.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, members.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, addMember.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var saved = (await FindTeamAsync(teamOfB.Name))!;
        Assert.Equal("便民服务", saved.Field);
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.TeamMembers.CountAsync(m => m.TeamId == teamOfB.Id)));
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.Teams.CountAsync(t => t.UnitId == stationB.Id && t.Name.StartsWith("越权"))));
    }

    [Fact]
    public async Task Members_AreAddedByVolunteerNumber_MarkedLeader_AndRemoved()
    {
        var (_, stationA, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(stationA.Id);
        var team = await CreateTeamAsync(staff, NewName("分队"), stationA.Id, TeamLevel.Squad);
        var volunteer = await factory.CreateVolunteerAsync(stationA);
        var membersPage = $"/admin/volunteers/teams/{team.Id}/members";

        var added = await staff.SubmitFormAsync(membersPage, "form.add-member", new Dictionary<string, string> { ["number"] = volunteer.Number });
        Assert.Contains("已将志愿者", (await staff.FollowAsync(added)).Successes());
        await staff.SubmitFormAsync(membersPage, $"form[action$='/{volunteer.Id}/leader']");
        var member = await factory.WithVolunteersAsync(db => db.TeamMembers.AsNoTracking().SingleAsync(m => m.TeamId == team.Id));
        Assert.True(member.IsLeader);
        var page = (await staff.GetPageAsync(membersPage)).QuerySelector("table.team-members")!.TextContent;
        Assert.Contains(volunteer.Number, page);
        Assert.DoesNotContain(volunteer.RealName, page);

        await staff.SubmitFormAsync(membersPage, $"form[action$='/{volunteer.Id}/remove']");
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.TeamMembers.CountAsync(m => m.TeamId == team.Id)));
    }

    [Fact]
    public async Task AVolunteerOfAnotherStation_OrNotYetApproved_IsNotAdded()
    {
        var (_, stationA, stationB) = await factory.CreateInstituteAsync();
        using var staffA = await factory.CreateStaffAsync(stationA.Id);
        var team = await CreateTeamAsync(staffA, NewName("分队"), stationA.Id, TeamLevel.Squad);
        var ofB = await factory.CreateVolunteerAsync(stationB);
        var pending = await factory.CreateVolunteerAsync(stationA, status: VolunteerStatus.Pending);
        var membersPage = $"/admin/volunteers/teams/{team.Id}/members";

        var other = await staffA.SubmitFormAsync(membersPage, "form.add-member", new Dictionary<string, string> { ["number"] = ofB.Number });
        Assert.Contains("没有找到编号为", (await staffA.FollowAsync(other)).Errors());
        var notYet = await staffA.SubmitFormAsync(membersPage, "form.add-member", new Dictionary<string, string> { ["number"] = pending.Number });
        Assert.Contains("尚未通过审核", (await staffA.FollowAsync(notYet)).Errors());

        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.TeamMembers.CountAsync(m => m.TeamId == team.Id)));
    }
}
