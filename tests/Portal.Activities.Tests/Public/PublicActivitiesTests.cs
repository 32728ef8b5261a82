using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Activities.Tests.Public;

[Collection(SharedSite.Name)]
public sealed class PublicActivitiesTests(ActivitiesSite site)
{
    private Task<UnitInfo> UnitAsync(string code)
        => site.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))!);

    private Task<string> TitleAsync(int id) => site.ReadAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());

    [Fact]
    public async Task TheList_ShowsPublicActivitiesWithPlacesLeft_NotDrafts_AndFiltersByUnitAndCategory()
    {
        var (institute, station, other) = await site.CreateUnitsAsync();
        var recruiting = await site.CreateActivityAsync(station.Id, 8, change: i => i.Category = "科学普及");
        var draft = await site.CreateActivityAsync(station.Id, 8, recruiting: false);
        var elsewhere = await site.CreateActivityAsync(other.Id, 8);
        var volunteer = site.Volunteers.Add("u-" + Guid.NewGuid().ToString("N"), station.Id);
        await site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().SignUpAsync(volunteer.UserId, recruiting));
        using var client = site.CreatePortalClient();

        var byUnit = await client.GetPageAsync($"/activities?unit={station.Code}");
        var card = byUnit.QuerySelector($"li[data-activity='{recruiting}']")!;
        Assert.Equal("7", card.QuerySelector(".places-left")!.TextContent);
        Assert.Contains("招募中", card.TextContent);
        Assert.Null(byUnit.QuerySelector($"li[data-activity='{draft}']"));
        Assert.Null(byUnit.QuerySelector($"li[data-activity='{elsewhere}']"));

        var byInstitute = await client.GetPageAsync($"/activities?unit={institute.Code}");
        Assert.NotNull(byInstitute.QuerySelector($"li[data-activity='{elsewhere}']"));
        var byCategory = await client.GetPageAsync($"/activities?unit={institute.Code}&category=科学普及");
        Assert.NotNull(byCategory.QuerySelector($"li[data-activity='{recruiting}']"));
        Assert.Null(byCategory.QuerySelector($"li[data-activity='{elsewhere}']"));
        Assert.Null((await client.GetPageAsync($"/activities?unit={institute.Code}&platform=Theory")).QuerySelector($"li[data-activity='{recruiting}']"));
        Assert.Null((await client.GetPageAsync($"/activities?unit={institute.Code}&when=past")).QuerySelector($"li[data-activity='{recruiting}']"));
    }

    [Fact]
    public async Task ADraftOrUnknownActivity_Answers404()
    {
        var draft = await site.CreateActivityAsync((await UnitAsync("JY-CJ-NJ")).Id, 3, recruiting: false);
        using var client = site.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/activities/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/activities/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/activities/abc")).StatusCode);
    }

    [Fact]
    public async Task AVolunteer_SignsUpOnTheDetailPage_ThenTheNextIsWaitlisted_AndCancellingPromotesThem()
    {
        var unit = await UnitAsync("JY-HS-HX");
        var id = await site.CreateActivityAsync(unit.Id, 1);
        var (first, firstClient) = await site.CreateVolunteerClientAsync(unit.Id);
        var (second, secondClient) = await site.CreateVolunteerClientAsync(unit.Id);
        var url = $"/activities/{id}";

        var signedUp = await firstClient.SubmitFormAsync(url, "form.signup-form");
        Assert.Equal(HttpStatusCode.SeeOther, signedUp.StatusCode);
        var page = await firstClient.FollowAsync(signedUp);
        Assert.Contains("报名成功", page.QuerySelector(".form-success")!.TextContent);
        Assert.Contains("报名成功", page.QuerySelector(".my-signup")!.TextContent);
        Assert.Equal("0", page.QuerySelector(".places-left")!.TextContent);

        var waitlisted = await secondClient.FollowAsync(await secondClient.SubmitFormAsync(url, "form.signup-form"));
        Assert.Contains("候补第 1 位", waitlisted.QuerySelector(".my-signup")!.TextContent);

        var cancelled = await firstClient.FollowAsync(await firstClient.SubmitFormAsync(url, "form.cancel-form"));
        Assert.Contains("已取消报名", cancelled.QuerySelector(".form-success")!.TextContent);
        Assert.NotNull(cancelled.QuerySelector("form.signup-form"));
        Assert.Contains("报名成功", (await secondClient.GetPageAsync(url)).QuerySelector(".my-signup")!.TextContent);
        Assert.Equal(SignUpStatus.Confirmed, await site.ReadAsync(db => db.SignUps.Where(s => s.ActivityId == id && s.VolunteerId == second.Id).Select(s => s.Status).SingleAsync()));
        Assert.DoesNotContain(first.Number, cancelled.Body!.TextContent);
    }

    [Fact]
    public async Task Visitors_AreAskedToSignIn_AndAnUnapprovedVolunteerIsToldWhy()
    {
        var unit = await UnitAsync("JY-CJ-NJ");
        var id = await site.CreateActivityAsync(unit.Id, 4);
        using var visitor = site.CreatePortalClient();

        var anonymous = await visitor.GetPageAsync($"/activities/{id}");
        Assert.Null(anonymous.QuerySelector("form.signup-form"));
        Assert.Equal($"/account/login?ReturnUrl=%2Factivities%2F{id}", anonymous.QuerySelector("a.button-primary")!.GetAttribute("href"));
        var post = await visitor.Http.PostAsync($"/activities/{id}/signup", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.SeeOther, post.StatusCode);

        var (volunteer, pending) = await site.CreateVolunteerClientAsync(unit.Id);
        // The form as an approved volunteer saw it, posted after the approval was taken back.
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await pending.GetPageAsync($"/activities/{id}")).QuerySelector("form.signup-form")!;
        site.Volunteers.SetApproved(volunteer.Id, false);
        var page = await pending.GetPageAsync($"/activities/{id}");
        Assert.Null(page.QuerySelector("form.signup-form"));
        Assert.Contains("还没有通过审核", page.QuerySelector(".activity-signup")!.TextContent);
        var refused = await pending.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("还没有通过审核", (await PortalClient.ParseAsync(refused)).QuerySelector(".form-error")!.TextContent);
        Assert.False(await site.ReadAsync(db => db.SignUps.AnyAsync(s => s.ActivityId == id)));
    }

    [Fact]
    public async Task TheDetailPage_ShowsTheTrainingRulesAnswer_ToTheVolunteer()
    {
        var unit = await UnitAsync("JY-CJ-NJ");
        var id = await site.CreateActivityAsync(unit.Id, 4, change: i => i.RequiredCourseIds = "77");
        var (volunteer, client) = await site.CreateVolunteerClientAsync(unit.Id);

        Assert.Equal("尚未完成培训：课程77。", (await client.GetPageAsync($"/activities/{id}")).QuerySelector(".activity-training")!.TextContent);
        var refused = await client.SubmitFormAsync($"/activities/{id}", "form.signup-form");
        Assert.Equal("先培训再上岗：尚未完成培训：课程77。", (await PortalClient.ParseAsync(refused)).QuerySelector(".form-error")!.TextContent);

        site.Training.Pass(volunteer.Id, 77);
        Assert.Equal("已完成所需培训。", (await client.GetPageAsync($"/activities/{id}")).QuerySelector(".activity-training")!.TextContent);
        Assert.Equal(HttpStatusCode.SeeOther, (await client.SubmitFormAsync($"/activities/{id}", "form.signup-form")).StatusCode);
    }

    [Fact]
    public async Task TheHomePage_ShowsUpcomingActivities_InsteadOfThePlaceholder()
    {
        var unit = await UnitAsync("JY-ZZ-CJ");
        var id = await site.CreateActivityAsync(unit.Id, 4, change: i => { i.Starts = ActivitiesTestData.Time(-1, 0); i.Ends = ActivitiesTestData.Time(1, 0); });
        var page = await site.CreatePortalClient().GetPageAsync("/");

        var section = page.QuerySelector("section.home-activities")!;
        Assert.Null(section.QuerySelector("[data-placeholder]"));
        // Sooner than any sample activity of the recipe, so among the few shown.
        Assert.NotNull(section.QuerySelector($"li[data-activity='{id}']"));
        Assert.Equal("/activities", section.QuerySelector(".more-line a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/activities");
    }

    [Fact]
    public async Task AnActivity_IsFoundBySiteSearch_OnceItRecruits()
    {
        var unit = await UnitAsync("JY-XQ-XQ");
        var word = "护苗行动" + Guid.NewGuid().ToString("N")[..4];
        var id = await site.CreateActivityAsync(unit.Id, 4, recruiting: false, change: i => i.Title = word + "暑期安全讲座");
        var url = $"/activities/{id}";
        using var client = site.CreateClient();
        Assert.DoesNotContain(url, await SearchAsync(client, "护苗行动"));

        await site.WithScopeAsync(sp => sp.GetRequiredService<ActivityService>().ChangeStatusAsync(id, ActivityStatus.Recruiting));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await SearchAsync(client, "护苗行动")).Contains(url))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{url} not found by search within 30 s.");
            await Task.Delay(200);
        }
        Assert.Contains(word, await TitleAsync(id));
    }

    private static async Task<List<string>> SearchAsync(HttpClient client, string q)
    {
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();
    }
}
