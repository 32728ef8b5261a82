using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Activities.Attendance;
using Portal.Activities.Data;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Tests.Attendance;

/// <summary>
/// A sign-up counts as posted only when the ledger took the hours: while the ledger declines (the Volunteers feature
/// switched off) the hours stay on the sign-up unposted, and staff post them once it takes them again.
/// </summary>
[Collection(SharedSite.WithVolunteers)]
public sealed class UnpostedHoursTests(PortalFactory site)
{
    /// <summary>The ledger's answer while the Volunteers feature is off.</summary>
    private sealed class SwitchedOffLedger : IServiceHoursLedger
    {
        public Task<bool> PostAttendanceAsync(AttendanceHours attendance, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }

    private static AttendanceService WithLedger(IServiceProvider sp, IServiceHoursLedger ledger) => new(
        sp.GetRequiredService<ActivitiesDbContext>(), sp.GetRequiredService<IUnitOfWork>(), ledger,
        sp.GetRequiredService<IVolunteerDirectory>(), sp.GetRequiredService<CheckInCode>(), sp.GetRequiredService<TimeProvider>());

    [Fact]
    public async Task HoursTheLedgerDeclines_AreNotRecordedAsPosted_AndCanBePostedLater()
    {
        var unit = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-DM")))!;
        var activity = await site.WithScopeAsync(async sp =>
        {
            var activities = sp.GetRequiredService<Services.ActivityService>();
            var created = await activities.CreateAsync(new Services.ActivityInput
            {
                Title = ActivitiesTestData.Unique("东门社区义诊"), UnitId = unit.Id.ToString(), Category = "便民服务", Platform = "Health", Place = "东门社区",
                Starts = ActivitiesTestData.Time(3, 9), Ends = ActivitiesTestData.Time(3, 11), Places = "5",
            });
            Assert.Null(await activities.ChangeStatusAsync(created.Activity!.Id, Models.ActivityStatus.Recruiting));
            return created.Activity.Id;
        });
        var (_, volunteer) = await site.RegisterAsync(unit.Id);
        await site.ApproveAsync(volunteer.Id);
        Assert.Null((await site.SignUpAsync(volunteer.UserId, activity)).Error);
        await site.MoveAsync(activity, -TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        var declined = await site.WithScopeAsync(sp => WithLedger(sp, new SwitchedOffLedger()).SetHoursAsync(activity, volunteer.Id, "1.5"));

        Assert.Contains("暂未记入志愿时长", declined.Done);
        var row = await site.SignUpRowAsync(activity, volunteer.Id);
        Assert.Equal(1.5m, row.Hours);
        Assert.Null(row.HoursPostedUtc);

        var posted = await site.WithScopeAsync(sp => sp.GetRequiredService<AttendanceService>().SetHoursAsync(activity, volunteer.Id, "1.5"));

        Assert.Contains("并记入该志愿者的志愿时长", posted.Done);
        Assert.NotNull((await site.SignUpRowAsync(activity, volunteer.Id)).HoursPostedUtc);
    }
}
