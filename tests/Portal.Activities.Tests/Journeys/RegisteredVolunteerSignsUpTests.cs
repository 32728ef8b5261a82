using System.Net;
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
public sealed class RegisteredVolunteerSignsUpTests(PortalFactory site) : IClassFixture<PortalFactory>
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
}
