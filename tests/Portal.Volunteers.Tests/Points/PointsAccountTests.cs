using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Points;
using Portal.Volunteers.Tests.Hours;

namespace Portal.Volunteers.Tests.Points;

[Collection(SharedSite.Name)]
public sealed class PointsAccountTests(PortalFactory factory)
{
    private Task<int> BalanceAsync(TestVolunteer volunteer)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<PointsAccount>().BalanceAsync(volunteer.Id));

    [Theory]
    [InlineData(1, 10, 10)]
    [InlineData(2.5, 10, 25)]
    [InlineData(0.25, 10, 3)]
    [InlineData(-1.5, 10, 15)]
    public void PointsFor_RoundsTheHoursTimesTheRate(decimal hours, decimal rate, int points) => Assert.Equal(points, PointsAccount.PointsFor(hours, rate));

    [Fact]
    public async Task PointsOfAnEntry_AreCreditedOnce_HoweverOftenTheyArePosted()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 3m, HoursTestData.Today.AddDays(-1));
        var entry = await factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id));

        var again = await factory.WithScopeAsync(sp => sp.GetRequiredService<Portal.Abstractions.Data.IUnitOfWork>()
            .ExecuteAsync(ct => sp.GetRequiredService<PointsAccount>().PostForHoursAsync(entry, ct)));

        Assert.Null(again);
        Assert.Equal(30, await BalanceAsync(volunteer));
    }

    [Fact]
    public async Task ACorrection_TakesBackItsPoints()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 4m, HoursTestData.Today.AddDays(-1));
        var entry = await factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id));

        await factory.WithScopeAsync(sp => sp.GetRequiredService<HoursLedger>().ReverseAsync(HoursTestData.Administrator, entry.Id, "1.5", "提前结束", default));

        Assert.Equal(25, await BalanceAsync(volunteer));
        var lines = await factory.WithVolunteersAsync(db => db.PointsEntries.Where(p => p.VolunteerId == volunteer.Id).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal([40, -15], lines.Select(l => l.Points));
        Assert.NotEqual(lines[0].HoursEntryId, lines[1].HoursEntryId);
    }

    [Fact]
    public async Task ACorrectionAfterThePointsWereSpent_TakesBackAtMostTheBalance_SoItNeverGoesNegative()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 3m, HoursTestData.Today.AddDays(-1));
        var entry = await factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id));
        var reward = await factory.CreateRewardAsync(points: 25, stock: 1);
        var redeemed = await factory.WithScopeAsync(sp => sp.GetRequiredService<Supermarket>().RedeemAsync(volunteer.UserId, reward, default));
        Assert.True(redeemed.Succeeded, redeemed.Error);

        await factory.WithScopeAsync(sp => sp.GetRequiredService<HoursLedger>().ReverseAsync(HoursTestData.Administrator, entry.Id, null, "重复签到", default));

        Assert.Equal(0, await BalanceAsync(volunteer));
    }
}
