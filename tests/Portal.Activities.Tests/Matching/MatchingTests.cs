using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Display;
using Portal.Activities.Attendance;
using Portal.Activities.Models;
using Portal.Activities.Tests.Attendance;
using Portal.Testing;

namespace Portal.Activities.Tests.Matching;

/// <summary>精准对接: staff see approved volunteers ranked by fit, each score explained in words.</summary>
[Collection(SharedSite.Name)]
public sealed class MatchingTests(ActivitiesSite site)
{
    private const int Course = 7001;
    private static readonly string[] Weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    private string NewUser() => "u-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Candidates_AreRankedBySkillTrainingPlaceTimeAndBusyness_WithEachScoreExplained()
    {
        var (_, station, neighbour) = await site.CreateUnitsAsync();
        var (_, farAway, _) = await site.CreateUnitsAsync();
        var activity = await site.CreateActivityAsync(station.Id, places: 5, change: a => { a.RequiredSkills = "应急救护"; a.RequiredCourseIds = Course.ToString(); });
        var starts = await site.ReadAsync(db => Task.FromResult(db.Activities.Single(a => a.Id == activity).StartsUtc));
        var weekday = ((int)ChinaTime.FromUtc(starts).DayOfWeek + 6) % 7;
        var morning = 1 << (weekday * 3);

        var best = site.Volunteers.Add(NewUser(), station.Id, skills: ["应急救护"], availability: morning);
        var nearby = site.Volunteers.Add(NewUser(), neighbour.Id, skills: ["应急救护"]);
        var untrained = site.Volunteers.Add(NewUser(), farAway.Id, skills: ["文艺演出"], availability: morning);
        var busy = site.Volunteers.Add(NewUser(), station.Id, skills: ["应急救护"], availability: morning);
        var signedUp = site.Volunteers.Add(NewUser(), station.Id, skills: ["应急救护"], availability: morning);
        foreach (var v in new[] { best, nearby, busy, signedUp })
            site.Training.Pass(v.Id, Course);
        var overlapping = await site.CreateActivityAsync(neighbour.Id, places: 5);
        Assert.Null((await site.SignUpAsync(busy.UserId, overlapping)).Error);
        Assert.Null((await site.SignUpAsync(signedUp.UserId, activity)).Error);
        using var staff = await site.CreateStaffClientAsync(station.Id);

        var page = await staff.GetPageAsync($"/admin/activities/{activity}/matching");

        var rows = page.QuerySelectorAll("table.matching tbody tr").Select(r => r.GetAttribute("data-volunteer")).ToList();
        int Rank(int id) => rows.IndexOf(id.ToString());
        Assert.True(Rank(best.Id) >= 0 && Rank(best.Id) < Rank(nearby.Id) && Rank(nearby.Id) < Rank(untrained.Id) && Rank(untrained.Id) < Rank(busy.Id));
        Assert.Equal(-1, Rank(signedUp.Id));
        string Explained(int id) => page.QuerySelector($"tr[data-volunteer='{id}'] .explanation")!.TextContent;
        Assert.Equal($"技能匹配：应急救护；培训有效；同一单位；{Weekdays[weekday]}上午有空；尚无活动记录", Explained(best.Id));
        Assert.Contains($"邻近单位（{neighbour.Name}）；{Weekdays[weekday]}上午未登记有空", Explained(nearby.Id));
        Assert.StartsWith($"技能不匹配：缺应急救护；尚未完成培训：课程{Course}；其他单位（{farAway.Name}）", Explained(untrained.Id));
        Assert.Contains("同一时间已报名", Explained(busy.Id));
    }

    [Fact]
    public async Task Reliability_CountsNoShowsOfRecentActivities()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var reliable = site.Volunteers.Add(NewUser(), station.Id);
        var absent = site.Volunteers.Add(NewUser(), station.Id);
        var past = await site.CreateActivityAsync(station.Id, places: 5);
        Assert.Null((await site.SignUpAsync(reliable.UserId, past)).Error);
        Assert.Null((await site.SignUpAsync(absent.UserId, past)).Error);
        await site.MoveAsync(past, TimeSpan.FromDays(-3), TimeSpan.FromDays(-3) + TimeSpan.FromHours(2));
        Assert.Null((await site.WithScopeAsync(sp => sp.GetRequiredService<AttendanceService>().MarkNoShowAsync(past, absent.Id))).Error);
        var activity = await site.CreateActivityAsync(station.Id, places: 5);
        using var staff = await site.CreateStaffClientAsync(station.Id);

        var page = await staff.GetPageAsync($"/admin/activities/{activity}/matching");

        Assert.EndsWith("近 1 次活动缺席 0 次", page.QuerySelector($"tr[data-volunteer='{reliable.Id}'] .explanation")!.TextContent);
        Assert.EndsWith("近 1 次活动缺席 1 次", page.QuerySelector($"tr[data-volunteer='{absent.Id}'] .explanation")!.TextContent);
        var score = (int id) => int.Parse(page.QuerySelector($"tr[data-volunteer='{id}']")!.GetAttribute("data-score")!);
        Assert.True(score(reliable.Id) > score(absent.Id));
    }

    [Fact]
    public async Task StaffOfAnotherStation_CannotSeeTheMatching()
    {
        var (_, station, other) = await site.CreateUnitsAsync();
        var activity = await site.CreateActivityAsync(station.Id, places: 5);
        using var staff = await site.CreateStaffClientAsync(other.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/activities/{activity}/matching")).StatusCode);
    }
}
