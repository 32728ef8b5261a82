using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Tests.Teams;
using Portal.Volunteers.Training;

namespace Portal.Volunteers.Tests.Training;

/// <summary>先培训再上岗: the latest record of each required course counts, on the date asked about.</summary>
[Collection(SharedSite.Name)]
public sealed class TrainingRuleTests(PortalFactory factory)
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private Task<int> CourseAsync(string title, int? validityMonths) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<VolunteersDbContext>();
        var course = new Course { Title = title + Guid.NewGuid().ToString("N")[..4], Kind = "专业培训", Hours = 4, ValidityMonths = validityMonths };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    });

    private Task RecordAsync(int volunteerId, int courseId, bool passed, DateOnly on, int? validityMonths) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<VolunteersDbContext>();
        db.TrainingRecords.Add(new TrainingRecord
        {
            VolunteerId = volunteerId, CourseId = courseId, Passed = passed, CompletedOn = on,
            ExpiresOn = passed ? TrainingRule.ExpiryOf(on, validityMonths) : null, RecordedBy = "test", RecordedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    });

    private Task<TrainingCheck> CheckAsync(int volunteerId, DateOnly on, params int[] courses)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<ITrainingRule>().CheckAsync(volunteerId, courses, on));

    private async Task<int> VolunteerAsync()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        return (await factory.CreateVolunteerAsync(station)).Id;
    }

    private async Task<string> TitleAsync(int courseId)
        => (await factory.WithVolunteersAsync(db => db.Courses.FindAsync(courseId).AsTask()))!.Title;

    [Fact]
    public async Task NoRecord_IsMissing_NamedByTitle()
    {
        var volunteer = await VolunteerAsync();
        var firstAid = await CourseAsync("急救基础", 24);

        var check = await CheckAsync(volunteer, Day, firstAid);

        Assert.False(check.Allowed);
        Assert.Equal([await TitleAsync(firstAid)], check.Missing);
        Assert.Empty(check.Expired);
        Assert.StartsWith("尚未完成培训：急救基础", check.Message);
    }

    [Fact]
    public async Task APassOlderThanTheValidity_IsExpired()
    {
        var volunteer = await VolunteerAsync();
        var flood = await CourseAsync("防汛安全", 12);
        await RecordAsync(volunteer, flood, passed: true, Day.AddMonths(-13), 12);

        var check = await CheckAsync(volunteer, Day, flood);

        Assert.False(check.Allowed);
        Assert.Empty(check.Missing);
        Assert.Equal([await TitleAsync(flood)], check.Expired);
    }

    [Fact]
    public async Task APass_CountsUntilTheDayBeforeItsExpiry()
    {
        var volunteer = await VolunteerAsync();
        var course = await CourseAsync("岗前培训", 12);
        await RecordAsync(volunteer, course, passed: true, Day.AddMonths(-12), 12);

        Assert.True((await CheckAsync(volunteer, Day.AddDays(-1), course)).Allowed);
        Assert.False((await CheckAsync(volunteer, Day, course)).Allowed);
    }

    [Fact]
    public async Task PassedThenFailed_TheLatestRecordCounts_SoTheCourseIsMissing()
    {
        var volunteer = await VolunteerAsync();
        var course = await CourseAsync("心理疏导", null);
        await RecordAsync(volunteer, course, passed: true, Day.AddMonths(-6), null);
        await RecordAsync(volunteer, course, passed: false, Day.AddMonths(-1), null);

        var check = await CheckAsync(volunteer, Day, course);

        Assert.False(check.Allowed);
        Assert.Equal([await TitleAsync(course)], check.Missing);
    }

    [Fact]
    public async Task AnExpiredPassRenewedByALaterPass_IsAllowed()
    {
        var volunteer = await VolunteerAsync();
        var course = await CourseAsync("急救复训", 12);
        await RecordAsync(volunteer, course, passed: true, Day.AddMonths(-30), 12);
        await RecordAsync(volunteer, course, passed: true, Day.AddMonths(-2), 12);

        var check = await CheckAsync(volunteer, Day, course);

        Assert.True(check.Allowed);
        Assert.Equal("已完成所需培训。", check.Message);
    }

    [Fact]
    public async Task ARecordCompletedAfterTheDateAskedAbout_DoesNotCountForThatDate()
    {
        var volunteer = await VolunteerAsync();
        var course = await CourseAsync("理论宣讲", null);
        await RecordAsync(volunteer, course, passed: true, Day.AddDays(3), null);

        Assert.False((await CheckAsync(volunteer, Day, course)).Allowed);
        Assert.True((await CheckAsync(volunteer, Day.AddDays(3), course)).Allowed);
    }

    [Fact]
    public async Task SeveralCourses_NameEachMissingAndExpiredOne_AndAPassWithoutValidityNeverExpires()
    {
        var volunteer = await VolunteerAsync();
        var forever = await CourseAsync("通用培训", null);
        var expired = await CourseAsync("防汛安全", 6);
        var missing = await CourseAsync("急救基础", 24);
        await RecordAsync(volunteer, forever, passed: true, Day.AddYears(-10), null);
        await RecordAsync(volunteer, expired, passed: true, Day.AddMonths(-7), 6);

        var check = await CheckAsync(volunteer, Day, forever, expired, missing);

        Assert.False(check.Allowed);
        Assert.Equal([await TitleAsync(missing)], check.Missing);
        Assert.Equal([await TitleAsync(expired)], check.Expired);
        Assert.Contains("尚未完成培训：急救基础", check.Message);
        Assert.Contains("培训已过期：防汛安全", check.Message);
    }

    [Fact]
    public async Task NothingRequired_IsAllowed()
        => Assert.True((await CheckAsync(await VolunteerAsync(), Day)).Allowed);

    [Theory]
    [InlineData(null, "Missing")]
    [InlineData(false, "Missing")]
    [InlineData(true, "Valid")]
    public void Standing_WithoutExpiry_DependsOnlyOnTheResult(bool? passed, string expected)
    {
        var record = passed is { } p ? new TrainingRecord { Passed = p, CompletedOn = Day } : null;
        Assert.Equal(expected, TrainingRule.Standing(record, Day).ToString());
    }

    [Fact]
    public void Expiry_IsTheCompletionDatePlusTheValidityMonths_OrNever()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), TrainingRule.ExpiryOf(new DateOnly(2026, 8, 31), 6));
        Assert.Null(TrainingRule.ExpiryOf(Day, null));
    }
}
