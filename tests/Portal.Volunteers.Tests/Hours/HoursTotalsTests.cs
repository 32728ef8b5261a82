using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Hours;

namespace Portal.Volunteers.Tests.Hours;

[Collection(SharedSite.Name)]
public sealed class HoursTotalsTests(PortalFactory factory)
{
    private Task<decimal> TotalAsync(TestVolunteer volunteer, HoursPeriod? period = null)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<HoursTotals>().ApprovedAsync(volunteer.Id, period));

    private Task<T> LedgerAsync<T>(Func<HoursLedger, Task<T>> work) => factory.WithScopeAsync(sp => work(sp.GetRequiredService<HoursLedger>()));

    [Fact]
    public async Task Totals_CountApprovedHoursByServiceDate_PerMonthQuarterYearAndRange()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 2m, new DateOnly(2025, 1, 31));
        await factory.PostAttendanceAsync(volunteer, 3m, new DateOnly(2025, 2, 1));
        await factory.PostAttendanceAsync(volunteer, 4m, new DateOnly(2025, 4, 1));
        await factory.PostAttendanceAsync(volunteer, 5m, new DateOnly(2025, 12, 31));
        await factory.PostAttendanceAsync(volunteer, 6m, new DateOnly(2026, 1, 1));

        Assert.Equal(2m, await TotalAsync(volunteer, HoursPeriod.Month(2025, 1)));
        Assert.Equal(5m, await TotalAsync(volunteer, HoursPeriod.Quarter(2025, 1)));
        Assert.Equal(4m, await TotalAsync(volunteer, HoursPeriod.Quarter(2025, 2)));
        Assert.Equal(14m, await TotalAsync(volunteer, HoursPeriod.Year(2025)));
        Assert.Equal(11m, await TotalAsync(volunteer, HoursPeriod.Range(new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1))));
        Assert.Equal(20m, await TotalAsync(volunteer));
    }

    [Fact]
    public async Task Totals_LeaveOutPendingAndDeclinedClaims_AndSubtractCorrectionsInTheCorrectedPeriod()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var march = new DateOnly(2025, 3, 10);
        await factory.PostAttendanceAsync(volunteer, 8m, march);
        var attendance = await factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id));
        var approvedVolunteer = await factory.WithVolunteersAsync(db => db.Volunteers.SingleAsync(v => v.Id == volunteer.Id));
        var pending = await LedgerAsync(l => l.ClaimAsync(approvedVolunteer, "v", new ClaimInput { ServiceDate = "2025-03-11", Hours = "2", Content = "宣讲", Reason = "补录" }, [], default));
        var declined = await LedgerAsync(l => l.ClaimAsync(approvedVolunteer, "v", new ClaimInput { ServiceDate = "2025-03-12", Hours = "3", Content = "宣讲", Reason = "补录" }, [], default));
        await LedgerAsync(l => l.DeclineAsync(HoursTestData.Administrator, declined.Entry!.Id, "无记录", default));
        await LedgerAsync(l => l.ReverseAsync(HoursTestData.Administrator, attendance.Id, "1.5", "提前结束", default));

        Assert.True(pending.Succeeded);
        Assert.Equal(6.5m, await TotalAsync(volunteer, HoursPeriod.Month(2025, 3)));
        Assert.Equal(6.5m, await TotalAsync(volunteer));
    }

    [Fact]
    public void Periods_CoverWholeMonthsQuartersAndYears()
    {
        Assert.Equal(new HoursPeriod(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), HoursPeriod.Month(2024, 2));
        Assert.Equal(new HoursPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), HoursPeriod.Quarter(2026, 4));
        Assert.Equal(new HoursPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), HoursPeriod.Year(2026));
        Assert.Throws<ArgumentException>(() => HoursPeriod.Range(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));
    }
}
