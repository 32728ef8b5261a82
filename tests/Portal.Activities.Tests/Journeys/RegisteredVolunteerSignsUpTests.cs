using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Users;
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
    private const string Password = "Volunteer-pass-2026";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid 居民身份证 number (GB 11643 check digit) no other test uses.</summary>
    private static string NewIdNumber()
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 30 * 365));
        var body = $"320281{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

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
        var userName = "v" + Guid.NewGuid().ToString("N")[..10];
        using (var visitor = site.CreatePortalClient())
        {
            var registered = await visitor.PostWithTokenAsync("/volunteers/register", "/volunteers/register",
                ("RealName", "王志愿"), ("IdType", "ResidentCard"), ("IdNumber", NewIdNumber()), ("Mobile", "139" + Random.Shared.Next(0, 100_000_000).ToString("D8")),
                ("Address", "江阴市澄江街道东门社区"), ("UnitId", unit.Id.ToString()), ("Skills", "应急救护"), ("Availability", "0"),
                ("EmergencyContactName", "王家属"), ("EmergencyContactPhone", "0510-86860000"), ("SensitiveConsent", "true"),
                ("UserName", userName), ("Password", Password), ("ConfirmPassword", Password));
            Assert.Equal(HttpStatusCode.SeeOther, registered.StatusCode);
        }
        var volunteer = await site.WithScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<IUserDirectory>().FindByUserNameAsync(userName);
            return (await sp.GetRequiredService<IVolunteerDirectory>().FindByUserAsync(user!.Id))!;
        });
        using var client = await site.CreateClientAsAsync(userName, Password);

        var pending = await client.GetPageAsync($"/activities/{activity}");
        Assert.Contains("还没有通过审核", pending.QuerySelector(".activity-signup")!.TextContent);
        using (var admin = await site.CreateAdminClientAsync())
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/volunteers/{volunteer.Id}", "form.approve-form")).StatusCode);
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
