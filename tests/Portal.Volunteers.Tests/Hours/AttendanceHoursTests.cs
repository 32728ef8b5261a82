using Microsoft.EntityFrameworkCore;
using Portal.Testing;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Hours;

[DatabaseSensitive("hours posted once by a unique source key, also in parallel")]
[Collection(SharedSite.Name)]
public sealed class AttendanceHoursTests(PortalFactory factory)
{
    [Fact]
    public async Task Attendance_BecomesAnApprovedEntry_WithItsPoints()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var date = HoursTestData.Today.AddDays(-3);

        await factory.PostAttendanceAsync(volunteer, 3.5m, date, $"activity:1:{volunteer.Id}");

        var entry = await factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id));
        Assert.Equal(HoursEntryKind.Attendance, entry.Kind);
        Assert.Equal(HoursStatus.Approved, entry.Status);
        Assert.Equal(3.5m, entry.Hours);
        Assert.Equal(date, entry.ServiceDate);
        var points = await factory.WithVolunteersAsync(db => db.PointsEntries.Where(p => p.VolunteerId == volunteer.Id).ToListAsync());
        Assert.Equal(35, Assert.Single(points).Points);
        Assert.Equal(entry.Id, points[0].HoursEntryId);
    }

    [Fact]
    public async Task Attendance_PostedTwice_IsRefused_AndCountedOnce()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var key = $"activity:2:{volunteer.Id}";
        await factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today, key);

        var error = await Assert.ThrowsAsync<HoursAlreadyPostedException>(() => factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today, key));

        Assert.Equal(key, error.SourceKey);
        Assert.Equal(1, await factory.WithVolunteersAsync(db => db.HoursEntries.CountAsync(e => e.VolunteerId == volunteer.Id)));
        Assert.Equal(20, await factory.WithVolunteersAsync(db => db.PointsEntries.Where(p => p.VolunteerId == volunteer.Id).SumAsync(p => p.Points)));
    }

    [Fact]
    public async Task Attendance_PostedTwiceAtOnce_IsCountedOnce()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var key = $"activity:3:{volunteer.Id}";

        var posts = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                await factory.PostAttendanceAsync(volunteer, 1m, HoursTestData.Today, key);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        })).ToList();
        var results = await Task.WhenAll(posts);

        Assert.Equal(1, results.Count(ok => ok));
        Assert.Equal(1, await factory.WithVolunteersAsync(db => db.HoursEntries.CountAsync(e => e.SourceKey == key)));
    }

    [Fact]
    public async Task Attendance_OfNoHours_IsRefused()
    {
        var volunteer = await factory.CreateVolunteerAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => factory.PostAttendanceAsync(volunteer, 0m, HoursTestData.Today));

        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.HoursEntries.CountAsync(e => e.VolunteerId == volunteer.Id)));
    }
}
