using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Hours;

namespace Portal.Volunteers.Tests.Hours;

[Collection(SharedSite.Name)]
public sealed class StarsTests(PortalFactory factory)
{
    [Fact]
    public async Task EveryThresholdReached_IsAwardedOnce_WithTheDateAndHours()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var day = HoursTestData.Today.AddDays(-30);
        for (var i = 0; i < 9; i++)
            await factory.PostAttendanceAsync(volunteer, 12m, day.AddDays(i)); // 108 hours
        var afterFirst = await factory.WithVolunteersAsync(db => db.StarAwards.Where(a => a.VolunteerId == volunteer.Id).ToListAsync());
        var award = Assert.Single(afterFirst);
        Assert.Equal(1, award.Stars);
        Assert.Equal(108m, award.Hours);
        Assert.Equal(HoursTestData.Today, award.ReachedOn);

        for (var i = 9; i < 26; i++)
            await factory.PostAttendanceAsync(volunteer, 12m, day.AddDays(i)); // 312 hours in the end

        var awards = await factory.WithVolunteersAsync(db => db.StarAwards.Where(a => a.VolunteerId == volunteer.Id).OrderBy(a => a.Stars).ToListAsync());
        Assert.Equal([1, 2], awards.Select(a => a.Stars));
        Assert.Equal(108m, awards[0].Hours);
        Assert.Equal(300m, awards[1].Hours); // reached by the 25th day, not at the end
    }

    [Fact]
    public async Task AJumpOverSeveralThresholds_AwardsEachOfThem()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Portal.Volunteers.Data.VolunteersDbContext>();
            for (var i = 0; i < 30; i++)
                db.HoursEntries.Add(new Portal.Volunteers.Models.HoursEntry
                {
                    VolunteerId = volunteer.Id, Kind = Portal.Volunteers.Models.HoursEntryKind.Attendance, Hours = 11m,
                    ServiceDate = HoursTestData.Today.AddDays(-40 + i), Content = "导入", UnitId = volunteer.UnitId,
                    Status = Portal.Volunteers.Models.HoursStatus.Approved, SourceKey = $"import:{Guid.NewGuid():N}", CreatedUtc = DateTime.UtcNow,
                });
            await db.SaveChangesAsync();
        });

        await factory.PostAttendanceAsync(volunteer, 5m, HoursTestData.Today); // 335 hours

        var stars = await factory.WithVolunteersAsync(db => db.StarAwards.Where(a => a.VolunteerId == volunteer.Id).Select(a => a.Stars).OrderBy(s => s).ToListAsync());
        Assert.Equal([1, 2], stars);
    }

    [Fact]
    public async Task ACorrectionBelowAThreshold_KeepsTheAward_ButTheStarsShownFollowTheCurrentHours()
    {
        var volunteer = await factory.CreateVolunteerAsync(onHonorRoll: true);
        var day = HoursTestData.Today.AddDays(-20);
        for (var i = 0; i < 9; i++)
            await factory.PostAttendanceAsync(volunteer, 12m, day.AddDays(i)); // 108 hours: one star
        var last = await factory.WithVolunteersAsync(db => db.HoursEntries.Where(e => e.VolunteerId == volunteer.Id).MaxAsync(e => e.Id));

        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<HoursLedger>()
            .ReverseAsync(HoursTestData.Administrator, last, "10", "签到重复", CancellationToken.None)); // 98 hours

        Assert.True(result.Succeeded, result.Error);
        Assert.Single(await factory.WithVolunteersAsync(db => db.StarAwards.Where(a => a.VolunteerId == volunteer.Id).ToListAsync()));
        var line = (await factory.WithScopeAsync(sp => sp.GetRequiredService<HonorRoll>().ListAsync(CancellationToken.None)))
            .Single(l => l.Number == volunteer.Number);
        Assert.Equal(98m, line.Hours);
        Assert.Equal(0, line.Stars);
    }
}
