using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Tests.Journeys;

/// <summary>With the real Volunteers module behind its contracts: who registers and is approved there signs up here.</summary>
[Collection(SharedSite.WithVolunteers)]
public sealed class RegisteredVolunteerSignsUpTests(PortalFactory site)
{
    [Fact]
    public async Task AVolunteerRegisteredAndApproved_InTheVolunteersModule_SignsUpForAnActivity()
    {
        var unit = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-DM")))!;
        var activity = await site.WithScopeAsync(async sp =>
        {
            var activities = sp.GetRequiredService<ActivityService>();
            var created = await activities.CreateAsync(new ActivityInput
            {
                Title = "东门社区楼道清洁" + Guid.NewGuid().ToString("N")[..4], UnitId = unit.Id.ToString(), Category = "便民服务", Platform = "Culture",
                Place = "东门社区", Starts = DateTime.UtcNow.AddHours(8).AddDays(3).ToString("yyyy-MM-dd 09:00"),
                Ends = DateTime.UtcNow.AddHours(8).AddDays(3).ToString("yyyy-MM-dd 11:00"), Places = "2",
            });
            await activities.ChangeStatusAsync(created.Activity!.Id, ActivityStatus.Recruiting);
            return created.Activity.Id;
        });
        var (userName, volunteer) = await site.RegisterAsync(unit.Id);
        using var client = await site.CreateClientAsAsync(userName, RegisteredVolunteers.Password);

        var pending = await client.GetPageAsync($"/activities/{activity}");
        Assert.Contains("还没有通过审核", pending.QuerySelector(".activity-signup")!.TextContent);
        await site.ApproveAsync(volunteer.Id);
        var signedUp = await client.SubmitFormAsync($"/activities/{activity}", "form.signup-form");

        Assert.Equal(HttpStatusCode.SeeOther, signedUp.StatusCode);
        Assert.Contains("报名成功", (await client.FollowAsync(signedUp)).QuerySelector(".my-signup")!.TextContent);
        var signUp = await site.WithScopeAsync(sp => sp.GetRequiredService<ActivitiesDbContext>().SignUps.SingleAsync(s => s.ActivityId == activity));
        Assert.Equal((volunteer.Id, SignUpStatus.Confirmed), (signUp.VolunteerId, signUp.Status));
        using var staffView = await site.CreateAdminClientAsync();
        var list = await staffView.GetPageAsync($"/admin/activities/{activity}/signups");
        Assert.Contains(volunteer.Number, list.QuerySelector($"tr[data-volunteer='{volunteer.Id}']")!.TextContent);
        Assert.DoesNotContain("王志愿", list.Body!.TextContent);
    }

    [Fact]
    public async Task StaffInviteMatchedVolunteers_OneAcceptsOnMyPageAndIsSignedUp_TheOtherDeclines()
    {
        var unit = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-DM")))!;
        var activity = await CreateRecruitingAsync(unit.Id, places: 1);
        var (acceptingName, accepting) = await site.RegisterAsync(unit.Id);
        var (decliningName, declining) = await site.RegisterAsync(unit.Id);
        await site.ApproveAsync(accepting.Id);
        await site.ApproveAsync(declining.Id);
        using var staff = await site.CreateAdminClientAsync();

        var matching = await staff.GetPageAsync($"/admin/activities/{activity}/matching");
        var form = matching.QuerySelector<IHtmlFormElement>("form[action$='/invite']")!;
        foreach (var id in new[] { accepting.Id, declining.Id })
            matching.QuerySelector<IHtmlInputElement>($"input[name='volunteerIds'][value='{id}']")!.IsChecked = true;
        var invited = await staff.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("已邀请 2 位志愿者", (await staff.FollowAsync(invited)).Successes());

        using var acceptingClient = await site.CreateClientAsAsync(acceptingName, RegisteredVolunteers.Password);
        var mine = await acceptingClient.GetPageAsync("/volunteers/me");
        Assert.Contains("东门社区楼道清洁", mine.QuerySelector(".mine-invitation")!.TextContent);
        var accepted = await acceptingClient.SubmitFormAsync("/volunteers/me", "form[action$='/accept']");
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Contains("报名成功", (await acceptingClient.FollowAsync(accepted)).QuerySelector(".my-signup")!.TextContent);
        var after = await acceptingClient.GetPageAsync("/volunteers/me");
        Assert.Null(after.QuerySelector(".mine-invitation"));
        Assert.Contains("报名成功", after.QuerySelector(".mine-signups tr[data-status='Confirmed']")!.TextContent);

        using var decliningClient = await site.CreateClientAsAsync(decliningName, RegisteredVolunteers.Password);
        var declineForm = (await decliningClient.GetPageAsync("/volunteers/me")).QuerySelector<IHtmlFormElement>("form[action$='/decline']")!;
        var declined = await decliningClient.SubmitAsync(declineForm);
        Assert.Equal(HttpStatusCode.SeeOther, declined.StatusCode);
        var again = await decliningClient.SubmitAsync(declineForm);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("已经回复过这个邀请", (await PortalClient.ParseAsync(again)).QuerySelector(".form-error")!.TextContent);

        var signUps = await site.WithScopeAsync(sp => sp.GetRequiredService<ActivitiesDbContext>().SignUps.Where(s => s.ActivityId == activity).ToListAsync());
        Assert.Equal(accepting.Id, Assert.Single(signUps).VolunteerId);
        var answers = await staff.GetPageAsync($"/admin/activities/{activity}/matching");
        Assert.Equal("Accepted", answers.QuerySelector($"table.invitations tr[data-volunteer='{accepting.Id}']")!.GetAttribute("data-status"));
        Assert.Equal("Declined", answers.QuerySelector($"table.invitations tr[data-volunteer='{declining.Id}']")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task AnInvitation_CannotBeAnsweredByAnotherVolunteer_NorAcceptedPastTheRules()
    {
        var unit = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-DM")))!;
        var activity = await CreateRecruitingAsync(unit.Id, places: 3);
        var (_, invited) = await site.RegisterAsync(unit.Id);
        var (otherName, other) = await site.RegisterAsync(unit.Id);
        await site.ApproveAsync(invited.Id);
        await site.ApproveAsync(other.Id);
        var invitation = await site.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<Portal.Activities.Matching.InvitationService>();
            var found = (await sp.GetRequiredService<ActivityService>().FindAsync(activity))!;
            Assert.Equal(1, (await service.InviteAsync(found, [invited.Id, invited.Id], "staff")).Invited);
            Assert.Equal((0, 1), await service.InviteAsync(found, [invited.Id], "staff") is var again ? (again.Invited, again.Skipped) : default);
            return await sp.GetRequiredService<ActivitiesDbContext>().Invitations.SingleAsync(i => i.ActivityId == activity);
        });
        using var otherClient = await site.CreateClientAsAsync(otherName, RegisteredVolunteers.Password);

        var stolen = await otherClient.PostWithTokenAsync($"/activities/{activity}", $"/activities/invitations/{invitation.Id}/accept");

        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        // The sign-up window closes: accepting now is refused with the rule's reason, and the invitation stays open.
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            await db.Activities.Where(a => a.Id == activity).ExecuteUpdateAsync(u => u.SetProperty(a => a.SignUpClosesUtc, DateTime.UtcNow.AddMinutes(-1)));
            var answer = await sp.GetRequiredService<Portal.Activities.Matching.InvitationService>().AnswerAsync(invited.UserId, invitation.Id, accept: true);
            Assert.Contains("报名已于", answer.Error);
            Assert.Equal(InvitationStatus.Pending, (await db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id)).Status);
        });
    }

    private Task<int> CreateRecruitingAsync(int unitId, int places) => site.WithScopeAsync(async sp =>
    {
        var activities = sp.GetRequiredService<ActivityService>();
        var created = await activities.CreateAsync(new ActivityInput
        {
            Title = "东门社区楼道清洁" + Guid.NewGuid().ToString("N")[..4], UnitId = unitId.ToString(), Category = "便民服务", Platform = "Culture",
            Place = "东门社区", Starts = DateTime.UtcNow.AddHours(8).AddDays(3).ToString("yyyy-MM-dd 09:00"),
            Ends = DateTime.UtcNow.AddHours(8).AddDays(3).ToString("yyyy-MM-dd 11:00"), Places = places.ToString(),
        });
        await activities.ChangeStatusAsync(created.Activity!.Id, ActivityStatus.Recruiting);
        return created.Activity.Id;
    });
}
