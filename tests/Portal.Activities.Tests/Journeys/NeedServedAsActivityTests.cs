using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Tests.Attendance;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Tests.Journeys;

/// <summary>
/// The whole 点单 → 评单 loop with the real modules, each step on the page its person uses: a resident orders, the center
/// dispatches to a station's team, the station runs it as an activity, matched volunteers sign up, check in by QR and get
/// their hours, the resident rates it, and the station's dashboard counts it all.
/// </summary>
[Collection(SharedSite.WithVolunteers)]
public sealed class NeedServedAsActivityTests(PortalFactory site)
{
    [Fact]
    public async Task AResidentsOrder_IsDispatchedToATeam_RunAsAnActivity_ServedByMatchedVolunteers_RatedAndCounted()
    {
        var station = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-DM")))!;
        var team = (await site.WithScopeAsync(sp => sp.GetRequiredService<IVolunteerTeams>().ListAsync())).Single(t => t.UnitId == station.Id);
        using var center = await site.CreateAdminClientAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var dashboard = $"/admin/units/dashboard?unit={station.Id}";
        var before = Figures(await staff.GetPageAsync(dashboard));

        // 点单: a resident of 东门社区, without an account.
        using var resident = site.CreatePortalClient();
        var title = "老人应急救护知识讲座" + Guid.NewGuid().ToString("N")[..4];
        var ordered = await resident.SubmitFormAsync("/needs/new", "form.need-form", new Dictionary<string, string>
        {
            ["Category"] = "助老助残", ["Title"] = title, ["Description"] = "社区老人多，想学心肺复苏和防跌倒。", ["Unit"] = station.Code,
            ["ContactName"] = "李桂英", ["Phone"] = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8"), ["PreferredTime"] = "周末上午",
        });
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        var trackUrl = ordered.RedirectTarget().Split('?')[0];

        // 审单 and 派单 to the station's team, by the center.
        var needs = await center.GetPageAsync("/admin/needs");
        var detail = needs.QuerySelectorAll("table.needs tbody tr").Single(r => r.TextContent.Contains(title)).QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await center.SubmitFormAsync(detail, "form.review-approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await center.SubmitFormAsync(detail, "form.dispatch-team-form",
            new Dictionary<string, string> { ["teamId"] = team.Id.ToString() })).StatusCode);
        Assert.Equal(team.Name, (await staff.GetPageAsync(detail)).QuerySelector(".assigned-team")!.TextContent);

        // The station plans the activity (the skill and the general training required), recruits, and 接单 with it.
        var courseId = await CourseIdAsync(center, "志愿服务通用培训（示例）");
        var created = await staff.SubmitFormAsync("/admin/activities/create", "form.activity-form", new Dictionary<string, string>
        {
            ["Title"] = title, ["UnitId"] = station.Id.ToString(), ["Category"] = "便民服务", ["Platform"] = "Health", ["Place"] = "东门社区党群服务中心",
            ["Starts"] = ChinaDay(3, 9), ["Ends"] = ChinaDay(3, 11), ["Places"] = "2", ["Description"] = "应急救护志愿者为老人讲解心肺复苏和防跌倒。",
            ["RequiredSkills"] = "应急救护", ["RequiredCourseIds"] = courseId,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var activity = int.Parse(created.RedirectTarget().Split('/')[3]);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostWithTokenAsync($"/admin/activities/{activity}/edit", $"/admin/activities/{activity}/status",
            ("status", "Recruiting"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.accept-form", new Dictionary<string, string>
        {
            ["kind"] = "Activity", ["link"] = $"/activities/{activity}", ["note"] = "由东门社区助老服务分队组织讲座",
        })).StatusCode);

        // Two volunteers of the community register, are approved and trained; a third is approved but untrained.
        var trained = new List<(string UserName, VolunteerInfo Volunteer)>();
        for (var i = 0; i < 2; i++)
        {
            var registered = await site.RegisterAsync(station.Id);
            await site.ApproveAsync(registered.Volunteer.Id);
            Assert.Equal(HttpStatusCode.Redirect, (await center.SubmitFormAsync("/admin/volunteers/training/records", "form.record-form", new Dictionary<string, string>
            {
                ["Number"] = registered.Volunteer.Number, ["CourseId"] = courseId, ["Passed"] = "true",
                ["CompletedOn"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"),
            })).StatusCode);
            trained.Add(registered);
        }
        var (_, untrained) = await site.RegisterAsync(station.Id);
        await site.ApproveAsync(untrained.Id);

        // 精准对接: the trained ones rank above the untrained one, with the reasons in words; staff invite them.
        var matching = await staff.GetPageAsync($"/admin/activities/{activity}/matching");
        var ranked = matching.QuerySelectorAll("table.matching tbody tr").Select(r => r.GetAttribute("data-volunteer")).ToList();
        foreach (var (_, volunteer) in trained)
        {
            Assert.True(ranked.IndexOf(volunteer.Id.ToString()) < ranked.IndexOf(untrained.Id.ToString()));
            Assert.Contains("技能匹配：应急救护；培训有效", matching.QuerySelector($"tr[data-volunteer='{volunteer.Id}'] .explanation")!.TextContent);
            matching.QuerySelector<IHtmlInputElement>($"input[name='volunteerIds'][value='{volunteer.Id}']")!.IsChecked = true;
        }
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(matching.QuerySelector<IHtmlFormElement>("form[action$='/invite']")!)).StatusCode);

        // Each accepts on "我的" and is signed up.
        var clients = new List<PortalClient>();
        foreach (var (userName, _) in trained)
        {
            var client = await site.CreateClientAsAsync(userName, RegisteredVolunteers.Password);
            clients.Add(client);
            var accepted = await client.SubmitFormAsync("/volunteers/me", "form[action$='/accept']");
            Assert.Contains("报名成功", (await client.FollowAsync(accepted)).QuerySelector(".my-signup")!.TextContent);
        }

        // The day comes: each scans the code at the door on arrival, and again two hours later on leaving.
        await site.MoveAsync(activity, TimeSpan.FromHours(-2), TimeSpan.FromMinutes(5));
        var code = new Uri((await staff.GetPageAsync($"/admin/activities/{activity}/checkin-code")).QuerySelector(".checkin-code")!.GetAttribute("data-address")!);
        for (var i = 0; i < clients.Count; i++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await clients[i].SubmitFormAsync(code.PathAndQuery, "form.checkin-form")).StatusCode);
            await site.CheckedInAgoAsync(activity, trained[i].Volunteer.Id, TimeSpan.FromHours(2));
            Assert.Equal(HttpStatusCode.SeeOther, (await clients[i].SubmitFormAsync(code.PathAndQuery, "form.checkin-form")).StatusCode);
            var mine = await clients[i].GetPageAsync("/volunteers/me");
            Assert.Equal("2", mine.QuerySelector(".mine-approved")!.TextContent);
            Assert.Contains("已签退", mine.QuerySelector(".mine-signups tbody tr")!.TextContent);
        }

        // Done, and 评单 through the private link.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.complete-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await resident.SubmitFormAsync(trackUrl, "form.rating-form",
            new Dictionary<string, string> { ["Rating"] = "5", ["Comment"] = "讲得清楚，老人都学会了" })).StatusCode);

        // The station's dashboard counts it all.
        var after = Figures(await staff.GetPageAsync(dashboard));
        Assert.Equal(before["activities"] + 1, after["activities"]);
        Assert.Equal(before["signups"] + 2, after["signups"]);
        Assert.Equal(before["volunteers"] + 2, after["volunteers"]);
        Assert.Equal(before["hours"] + 4, after["hours"]);
        Assert.Equal(before["needs"] + 1, after["needs"]);
        Assert.Equal(before["needs-done"] + 1, after["needs-done"]);
        Assert.Equal(before["needs-rated"] + 1, after["needs-rated"]);
        var stats = await staff.GetPageAsync("/admin/needs/stats");
        var teamRow = stats.QuerySelectorAll(".team-stats tbody tr").Single(r => r.QuerySelector("th")!.TextContent == team.Name);
        Assert.Equal("5.00", teamRow.QuerySelector(".average")!.TextContent);
        foreach (var client in clients)
            client.Dispose();
    }

    [Fact]
    public async Task TheDashboard_ShowsOnlyUnitsInTheStaffsScope()
    {
        var (station, other) = await site.WithScopeAsync(async sp =>
        {
            var directory = sp.GetRequiredService<IUnitDirectory>();
            return ((await directory.FindByCodeAsync("JY-CJ-DM"))!, (await directory.FindByCodeAsync("JY-HS-HX"))!);
        });
        using var staff = await site.CreateStaffClientAsync(station.Id);

        var own = await staff.GetPageAsync("/admin/units/dashboard");
        var foreign = await staff.GetAsync($"/admin/units/dashboard?unit={other.Id}");

        Assert.Contains(station.Name, own.QuerySelector("h1")!.TextContent);
        Assert.Equal([station.Name], own.QuerySelectorAll("#unit option").Select(o => o.TextContent).ToList());
        Assert.Equal(["志愿服务活动", "群众点单"], own.QuerySelectorAll(".dashboard-section h2").Select(h => h.TextContent).ToList());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    /// <summary>The dashboard's headline numbers by key (a rating of “—” counts as 0).</summary>
    private static Dictionary<string, decimal> Figures(IDocument page)
        => page.QuerySelectorAll("[data-figure]").ToDictionary(f => f.GetAttribute("data-figure")!,
            f => decimal.TryParse(f.QuerySelector("strong")!.TextContent, out var n) ? n : 0);

    private static async Task<string> CourseIdAsync(PortalClient admin, string title)
        => (await admin.GetPageAsync("/admin/volunteers/training/records")).QuerySelectorAll("form.record-form select[name='CourseId'] option")
            .Single(o => o.TextContent.Contains(title)).GetAttribute("value")!;

    /// <summary>“yyyy-MM-dd HH:00” in China time, <paramref name="days"/> from today.</summary>
    private static string ChinaDay(int days, int hour) => DateTime.UtcNow.AddHours(8).AddDays(days).ToString("yyyy-MM-dd ") + $"{hour:D2}:00";
}
