using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Teams;

namespace Portal.Volunteers.Tests.Teams;

[Collection(SharedSite.Name)]
public sealed class PublicTeamsTests(PortalFactory factory)
{
    private async Task<(Team Team, TestVolunteer Leader, TestVolunteer Member)> TeamWithMembersAsync(UnitInfo unit, string name)
    {
        var leader = await factory.CreateVolunteerAsync(unit);
        var member = await factory.CreateVolunteerAsync(unit);
        var team = await factory.WithScopeAsync(async sp =>
        {
            var teams = sp.GetRequiredService<TeamService>();
            var result = await teams.CreateAsync(new TeamInput(name, unit.Id, null, TeamLevel.Squad, "应急救护", "为社区居民提供急救培训和现场救护。"));
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
            Assert.Null(await teams.AddMemberAsync(result.Team!.Id, leader.Number, leader: true));
            Assert.Null(await teams.AddMemberAsync(result.Team!.Id, member.Number, leader: false));
            return result.Team!;
        });
        return (team, leader, member);
    }

    [Fact]
    public async Task TheTeamPage_ShowsTheTeamAndItsLeaderByMaskedName_AndNoPersonalDataOfAnyMember()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        var (team, leader, member) = await TeamWithMembersAsync(station, "急救分队" + Guid.NewGuid().ToString("N")[..6]);

        var response = await factory.CreateClient().GetAsync($"/volunteers/teams/{team.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(team.Name, html);
        Assert.Contains(station.Name, html);
        Assert.Contains("分队", html);
        Assert.Contains("应急救护", html);
        Assert.Contains("2 人", html);
        Assert.Contains(Portal.Abstractions.Security.PersonalDataMask.Name(leader.RealName), html);
        foreach (var person in new[] { leader, member })
        {
            Assert.DoesNotContain(person.RealName, html);
            Assert.DoesNotContain(person.IdNumber, html);
            Assert.DoesNotContain(person.IdNumber[..6], html);
            Assert.DoesNotContain(person.Mobile, html);
            Assert.DoesNotContain(person.Number, html);
        }
        Assert.Contains("暂无活动", html);
    }

    [Fact]
    public async Task TheListPage_ShowsTeamsUnderTheirUnit_WithMemberCounts_AndNoNames()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        var (team, leader, _) = await TeamWithMembersAsync(station, "宣讲分队" + Guid.NewGuid().ToString("N")[..6]);

        var page = await factory.CreatePortalClient().GetPageAsync("/volunteers/teams");

        var section = page.QuerySelectorAll("section.team-unit").Single(s => s.QuerySelector("h2")!.TextContent == station.Name);
        var card = section.QuerySelectorAll("li.team-card").Single(c => c.TextContent.Contains(team.Name));
        Assert.Contains("队员 2 人", card.TextContent);
        Assert.Equal($"/volunteers/teams/{team.Id}", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(leader.RealName, page.Body!.TextContent);
    }

    [Fact]
    public async Task AnUnknownTeam_Answers404()
        => Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/volunteers/teams/987654")).StatusCode);

    [Fact]
    public async Task ATeamCreatedInTheAdmin_IsFoundBySiteSearch_AndLeavesWhenDeleted()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(station.Id);
        var name = "护河巡查分队" + Guid.NewGuid().ToString("N")[..4];
        var created = await staff.SubmitFormAsync("/admin/volunteers/teams/create", "form.team-form", new Dictionary<string, string>
        {
            ["Name"] = name, ["UnitId"] = station.Id.ToString(), ["Level"] = "Squad", ["Field"] = "环境保护", ["Description"] = "沿河巡查，劝导不文明行为。",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var team = await factory.WithVolunteersAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == name));
        var url = $"/volunteers/teams/{team.Id}";
        var client = factory.CreateClient();

        await WaitForAsync(client, "护河巡查", urls => urls.Contains(url));
        await staff.SubmitFormAsync($"/admin/volunteers/teams/{team.Id}/edit", "form[action$='/delete']");
        await WaitForAsync(client, "护河巡查", urls => !urls.Contains(url));
    }

    private static async Task WaitForAsync(HttpClient client, string q, Func<List<string>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var urls = json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();
            if (done(urls))
                return;
            Assert.True(DateTime.UtcNow < deadline, $"/api/search?q={q} did not answer as expected within 30 s; last: {json}");
            await Task.Delay(200);
        }
    }
}
