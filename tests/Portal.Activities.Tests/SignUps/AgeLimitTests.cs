using Portal.Activities.Services;

namespace Portal.Activities.Tests.SignUps;

/// <summary>The age rule of sign-ups alone: whole years on the activity's day in China, no site.</summary>
public sealed class AgeLimitTests
{
    private static readonly DateOnly Day = new(2026, 5, 20);

    [Theory]
    [InlineData("2000-03-01", "2026-02-28", 25)]
    [InlineData("2000-03-01", "2026-03-01", 26)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void AgeOn_CountsWholeYears(string birth, string day, int age)
        => Assert.Equal(age, AgeLimit.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(day)));

    [Fact]
    public void AVolunteerTurningEighteenOnTheDay_IsOldEnough() => Assert.Null(AgeLimit.Check(Day.AddYears(-18), Day, 18, 60));

    [Fact]
    public void AVolunteerTurningEighteenTheDayAfter_IsTooYoung()
        => Assert.Equal("该活动要求年满 18 周岁，活动当天您 17 周岁。", AgeLimit.Check(Day.AddYears(-18).AddDays(1), Day, 18, 60));

    [Fact]
    public void AVolunteerWhoTurnedEighteenTheDayBefore_IsOldEnough() => Assert.Null(AgeLimit.Check(Day.AddYears(-18).AddDays(-1), Day, 18, null));

    [Fact]
    public void AVolunteerTurningSixtyOneTheDayAfter_IsStillSixty_AndNotTooOld() => Assert.Null(AgeLimit.Check(Day.AddYears(-61).AddDays(1), Day, 18, 60));

    [Fact]
    public void AVolunteerTurningSixtyOneOnTheDay_IsTooOld()
        => Assert.Equal("该活动要求不超过 60 周岁，活动当天您 61 周岁。", AgeLimit.Check(Day.AddYears(-61), Day, 18, 60));

    [Fact]
    public void AVolunteerBornOn29February_TurnsEighteenOn1MarchInACommonYear()
    {
        var birth = new DateOnly(2008, 2, 29);
        Assert.Equal("该活动要求年满 18 周岁，活动当天您 17 周岁。", AgeLimit.Check(birth, new DateOnly(2026, 2, 28), 18, null));
        Assert.Null(AgeLimit.Check(birth, new DateOnly(2026, 3, 1), 18, null));
    }

    [Fact]
    public void AnActivityWithoutLimits_AsksForNoBirthDate() => Assert.Null(AgeLimit.Check(null, Day, null, null));

    [Fact]
    public void AnActivityWithALimit_RefusesAVolunteerWithoutABirthDate()
    {
        Assert.Equal("该活动有年龄要求，您的志愿者登记中没有出生日期，请联系工作人员。", AgeLimit.Check(null, Day, 18, null));
        Assert.Equal("该活动有年龄要求，您的志愿者登记中没有出生日期，请联系工作人员。", AgeLimit.Check(null, Day, null, 60));
    }

    [Fact]
    public void OnlyAMaximum_LetsAChildIn() => Assert.Null(AgeLimit.Check(Day.AddYears(-8), Day, null, 14));

    [Fact]
    public void TheActivityDay_IsItsDateInChina_NotInUtc()
    {
        // 00:30 on 1 March in China is still 28 February in UTC.
        var startsUtc = new DateTime(2026, 2, 28, 16, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 3, 1), AgeLimit.DayOf(startsUtc));
        Assert.Equal(new DateOnly(2026, 2, 28), AgeLimit.DayOf(new DateTime(2026, 2, 28, 15, 59, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void AVolunteerTurningEighteenOnTheChineseDay_OfAnActivityJustAfterMidnight_IsOldEnough()
    {
        var startsUtc = new DateTime(2026, 2, 28, 16, 30, 0, DateTimeKind.Utc);
        Assert.Null(AgeLimit.Check(new DateOnly(2008, 3, 1), AgeLimit.DayOf(startsUtc), 18, null));
    }
}
