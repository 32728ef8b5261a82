using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Volunteers.Contracts;
using Portal.Testing;

namespace Portal.Activities.Tests.SignUps;

[DatabaseSensitive("sign-ups in parallel under the activity's lock and unique indexes")]
[Collection(SharedSite.Name)]
public sealed class SignUpTests(ActivitiesSite site)
{
    private const int UnitId = 1;

    private VolunteerInfo NewVolunteer(bool approved = true, IReadOnlyList<string>? skills = null, DateOnly? birthDate = null)
        => site.Volunteers.Add("user-" + Guid.NewGuid().ToString("N"), UnitId, approved, skills, birthDate);

    private Task<SignUpResult> SignUpAsync(VolunteerInfo volunteer, int activityId)
        => site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().SignUpAsync(volunteer.UserId, activityId));

    private Task<CancelResult> CancelAsync(VolunteerInfo volunteer, int activityId)
        => site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().CancelAsync(volunteer.UserId, activityId));

    private Task<Dictionary<int, SignUpStatus>> StatusesAsync(int activityId)
        => site.ReadAsync(db => db.SignUps.Where(s => s.ActivityId == activityId).ToDictionaryAsync(s => s.VolunteerId, s => s.Status));

    private Task<ActivityStatus> ActivityStatusAsync(int activityId)
        => site.ReadAsync(db => db.Activities.Where(a => a.Id == activityId).Select(a => a.Status).SingleAsync());

    private async Task<int> ActivityAsync(int places, Action<ActivityInput>? change = null)
        => await site.CreateActivityAsync(await SeededUnitAsync(), places, change: change);

    private Task<int> SeededUnitAsync() => site.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<Portal.Organization.Contracts.IUnitDirectory>().FindByCodeAsync("JY-CJ-NJ"))!.Id);

    [Fact]
    public async Task SignUp_WhilePlacesRemain_Confirms_ThenWaitlists_AndTheActivityIsFull()
    {
        var id = await ActivityAsync(2);
        var (a, b, c) = (NewVolunteer(), NewVolunteer(), NewVolunteer());

        var results = new[] { await SignUpAsync(a, id), await SignUpAsync(b, id), await SignUpAsync(c, id) };

        Assert.Equal([SignUpStatus.Confirmed, SignUpStatus.Confirmed, SignUpStatus.Waitlisted], results.Select(r => r.SignUp!.Status));
        Assert.Equal(ActivityStatus.Full, await ActivityStatusAsync(id));
    }

    [Fact]
    public async Task Cancelling_PromotesTheFirstWaitlisted_AndAnotherCancelReopensRecruiting()
    {
        var id = await ActivityAsync(1);
        var (first, second, third) = (NewVolunteer(), NewVolunteer(), NewVolunteer());
        await SignUpAsync(first, id);
        await SignUpAsync(second, id);
        await SignUpAsync(third, id);

        var cancelled = await CancelAsync(first, id);

        Assert.Equal(second.Id, cancelled.PromotedVolunteerId);
        Assert.Equal(new Dictionary<int, SignUpStatus> { [first.Id] = SignUpStatus.Cancelled, [second.Id] = SignUpStatus.Confirmed, [third.Id] = SignUpStatus.Waitlisted },
            await StatusesAsync(id));
        Assert.Equal(ActivityStatus.Full, await ActivityStatusAsync(id));

        await CancelAsync(third, id);
        await CancelAsync(second, id);
        Assert.Equal(ActivityStatus.Recruiting, await ActivityStatusAsync(id));
        // Coming back after cancelling joins at the end of the line like anyone else.
        Assert.Equal(SignUpStatus.Confirmed, (await SignUpAsync(first, id)).SignUp!.Status);
        Assert.Equal("您没有报名这个活动。", (await CancelAsync(NewVolunteer(), id)).Error);
    }

    [Fact]
    public async Task SigningUpTwice_IsRefused_AndLeavesOneSignUp()
    {
        var id = await ActivityAsync(5);
        var volunteer = NewVolunteer();
        await SignUpAsync(volunteer, id);

        var again = await SignUpAsync(volunteer, id);

        Assert.Equal(SignUpService.AlreadySignedUp, again.Error);
        Assert.Single(await StatusesAsync(id));
    }

    [Fact]
    public async Task TwoHundredSignUpsAtOnce_ForFiftyPlaces_GiveExactlyFiftyConfirmed_AndOneHundredFiftyWaitlisted()
    {
        var id = await ActivityAsync(50);
        var volunteers = Enumerable.Range(0, 200).Select(_ => NewVolunteer()).ToList();

        var results = await Task.WhenAll(volunteers.Select(v => Task.Run(() => SignUpAsync(v, id))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var statuses = await StatusesAsync(id);
        Assert.Equal(200, statuses.Count);
        Assert.Equal(50, statuses.Values.Count(s => s == SignUpStatus.Confirmed));
        Assert.Equal(150, statuses.Values.Count(s => s == SignUpStatus.Waitlisted));
        var sequences = await site.ReadAsync(db => db.SignUps.Where(s => s.ActivityId == id).Select(s => s.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 200), sequences);
        // The first fifty to arrive are the confirmed ones.
        Assert.Equal(50, await site.ReadAsync(db => db.SignUps.CountAsync(s => s.ActivityId == id && s.Sequence <= 50 && s.Status == SignUpStatus.Confirmed)));
        Assert.Equal(ActivityStatus.Full, await ActivityStatusAsync(id));
    }

    [Fact]
    public async Task OneVolunteer_SigningUpTwentyTimesAtOnce_HasOneSignUp()
    {
        var id = await ActivityAsync(5);
        var volunteer = NewVolunteer();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => SignUpAsync(volunteer, id))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(SignUpService.AlreadySignedUp, r.Error));
        Assert.Single(await StatusesAsync(id));
    }

    [Fact]
    public async Task CancellationsAndSignUpsAtOnce_NeverOverbook()
    {
        var id = await ActivityAsync(10);
        var early = Enumerable.Range(0, 20).Select(_ => NewVolunteer()).ToList();
        foreach (var volunteer in early)
            await SignUpAsync(volunteer, id);
        var late = Enumerable.Range(0, 20).Select(_ => NewVolunteer()).ToList();

        await Task.WhenAll(early.Take(10).Select(v => Task.Run(() => CancelAsync(v, id)))
            .Concat(late.Select(v => Task.Run(async () => { await SignUpAsync(v, id); return new CancelResult(null, null); }))));

        var statuses = await StatusesAsync(id);
        Assert.Equal(10, statuses.Values.Count(s => s == SignUpStatus.Confirmed));
        Assert.Equal(20, statuses.Values.Count(s => s == SignUpStatus.Waitlisted));
        // Those waiting from before were promoted ahead of everyone who came later.
        Assert.All(early.Skip(10), v => Assert.Equal(SignUpStatus.Confirmed, statuses[v.Id]));
    }

    [Fact]
    public async Task MorePlaces_PromoteTheWaitlist_AndFewerThanConfirmed_IsRefused()
    {
        var id = await ActivityAsync(1);
        var (a, b, c) = (NewVolunteer(), NewVolunteer(), NewVolunteer());
        foreach (var volunteer in new[] { a, b, c })
            await SignUpAsync(volunteer, id);

        async Task<ActivityResult> PlacesAsync(int places) => await site.WithScopeAsync(async sp =>
        {
            var activities = sp.GetRequiredService<ActivityService>();
            var input = ActivityInput.From((await activities.FindAsync(id))!);
            input.Places = places.ToString();
            return await activities.UpdateAsync(id, input);
        });

        Assert.True((await PlacesAsync(2)).Succeeded);
        Assert.Equal(SignUpStatus.Confirmed, (await StatusesAsync(id))[b.Id]);
        Assert.Equal(SignUpStatus.Waitlisted, (await StatusesAsync(id))[c.Id]);
        var refused = await PlacesAsync(1);
        Assert.Equal("已有 2 人报名成功，招募名额不能少于 2。", refused.Errors["Places"]);
        Assert.Equal(2, await site.ReadAsync(db => db.Activities.Where(x => x.Id == id).Select(x => x.Places).SingleAsync()));
    }

    [Fact]
    public async Task OnlyApprovedVolunteers_SignUp_AndOnlyWhileRecruiting()
    {
        var id = await ActivityAsync(3);
        var draft = await site.CreateActivityAsync(await SeededUnitAsync(), 3, recruiting: false);

        Assert.Equal("您的志愿者注册还没有通过审核，通过后才能报名。", (await SignUpAsync(NewVolunteer(approved: false), id)).Error);
        Assert.StartsWith("只有注册志愿者才能报名", (await site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().SignUpAsync("nobody", id))).Error);
        Assert.Equal("找不到这个活动。", (await SignUpAsync(NewVolunteer(), draft)).Error);
        await site.WithScopeAsync(sp => sp.GetRequiredService<ActivityService>().ChangeStatusAsync(id, ActivityStatus.Cancelled));
        Assert.Equal("该活动已取消，不在招募中，不能报名。", (await SignUpAsync(NewVolunteer(), id)).Error);
        Assert.Empty(await StatusesAsync(id));
    }

    [Fact]
    public async Task OutsideTheSignUpWindow_IsRefusedWithItsDates()
    {
        var notYet = await ActivityAsync(3, i => i.SignUpOpens = ActivitiesTestData.Time(2, 8));
        var over = await ActivityAsync(3, i => { i.SignUpOpens = ActivitiesTestData.Time(-3, 8); i.SignUpCloses = ActivitiesTestData.Time(-1, 8); });

        Assert.Equal($"报名将于 {ActivitiesTestData.Time(2, 8).Replace('T', ' ')} 开始。", (await SignUpAsync(NewVolunteer(), notYet)).Error);
        Assert.Equal($"报名已于 {ActivitiesTestData.Time(-1, 8).Replace('T', ' ')} 截止。", (await SignUpAsync(NewVolunteer(), over)).Error);
        Assert.Empty(await StatusesAsync(notYet));
    }

    [Fact]
    public async Task AgeLimits_AndRequiredSkills_AreChecked_OnTheActivityDay()
    {
        var id = await ActivityAsync(5, i => { i.MinAge = "18"; i.MaxAge = "60"; i.RequiredSkills = "应急救护、心理疏导"; });
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7);

        var young = await SignUpAsync(NewVolunteer(skills: ["应急救护", "心理疏导"], birthDate: day.AddYears(-18).AddDays(1)), id);
        var old = await SignUpAsync(NewVolunteer(skills: ["应急救护", "心理疏导"], birthDate: day.AddYears(-61)), id);
        var unskilled = await SignUpAsync(NewVolunteer(skills: ["应急救护"]), id);
        var fine = await SignUpAsync(NewVolunteer(skills: ["心理疏导", "应急救护", "摄影摄像"], birthDate: day.AddYears(-18)), id);

        Assert.Equal("该活动要求年满 18 周岁，活动当天您 17 周岁。", young.Error);
        Assert.Equal("该活动要求不超过 60 周岁，活动当天您 61 周岁。", old.Error);
        Assert.Equal("该活动需要以下技能：应急救护、心理疏导；您登记的技能中没有：心理疏导。", unskilled.Error);
        Assert.True(fine.Succeeded, fine.Error);
        Assert.Single(await StatusesAsync(id));
    }

    [Fact]
    public async Task TheTrainingRule_IsAsked_AndItsMessageShown()
    {
        var id = await ActivityAsync(5, i => i.RequiredCourseIds = "41, 42");
        var untrained = NewVolunteer();
        var trained = NewVolunteer();
        site.Training.Pass(trained.Id, 41);
        site.Training.Pass(trained.Id, 42);
        site.Training.Pass(untrained.Id, 41);

        var refused = await SignUpAsync(untrained, id);

        Assert.Equal("先培训再上岗：尚未完成培训：课程42。", refused.Error);
        Assert.True((await SignUpAsync(trained, id)).Succeeded);
    }

    [Fact]
    public async Task Cancelling_AfterTheStart_IsLeftToStaff()
    {
        var id = await ActivityAsync(3, i => { i.Starts = ActivitiesTestData.Time(0, 0); i.Ends = ActivitiesTestData.Time(2, 0); i.SignUpCloses = ActivitiesTestData.Time(1, 0); });
        var volunteer = NewVolunteer();
        Assert.True((await SignUpAsync(volunteer, id)).Succeeded);

        Assert.Equal("活动已经开始，不能在网上取消报名，请联系活动的工作人员。", (await CancelAsync(volunteer, id)).Error);
        var byStaff = await site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().CancelAsync(volunteer.Id, id, byStaff: true));
        Assert.True(byStaff.Succeeded);
        Assert.Equal(SignUpStatus.Cancelled, (await StatusesAsync(id))[volunteer.Id]);
    }
}
