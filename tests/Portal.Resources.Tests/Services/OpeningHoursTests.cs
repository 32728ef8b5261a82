using Portal.Resources.Services;

namespace Portal.Resources.Tests.Services;

public sealed class OpeningHoursTests
{
    private static readonly List<string> Week = ["08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00",
        "08:30-11:30,14:00-17:00", "09:00-16:00", ""];

    /// <summary>2026-12-07 is a Monday; China time to UTC.</summary>
    private static DateTime Utc(int day, int hour, int minute = 0) => new DateTime(2026, 12, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Theory]
    [InlineData("08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00")]
    [InlineData(" 8:30～11:30，14:00至17:00 ", "08:30-11:30,14:00-17:00")]
    [InlineData("18:00-24:00", "18:00-24:00")]
    [InlineData("", "")]
    public void DayTexts_AreReadInTheirCommonForms_AndStoredInOne(string text, string stored)
        => Assert.Equal(stored, OpeningHours.Format(OpeningHours.Parse(text)!));

    [Theory]
    [InlineData("九点到五点")]
    [InlineData("17:00-09:00")]
    [InlineData("08:30")]
    [InlineData("25:00-26:00")]
    public void ATextThatIsNotHours_IsNotRead(string text) => Assert.Null(OpeningHours.Parse(text));

    [Fact]
    public void ASlot_MustLieInsideOneRangeOfItsDay()
    {
        Assert.True(OpeningHours.Covers(Week, Utc(7, 9), Utc(7, 11)));
        Assert.False(OpeningHours.Covers(Week, Utc(7, 11), Utc(7, 14, 30)));
        Assert.True(OpeningHours.Covers(Week, Utc(12, 9), Utc(12, 16)));
        Assert.False(OpeningHours.Covers(Week, Utc(13, 9), Utc(13, 10)));
        Assert.True(OpeningHours.Covers(["", "", "", "", "", "", ""], Utc(13, 2), Utc(13, 3)));
    }

    [Fact]
    public void OpenHours_AddUpTheDaysOfThePeriod_AndTheWeekIsDescribedByGroupsOfDays()
    {
        // Mon–Fri 6 h each, Sat 7 h, Sun closed.
        Assert.Equal(37, OpeningHours.OpenHours(Week, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 13)));
        Assert.Equal(6, OpeningHours.OpenHours(Week, new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 8)));
        Assert.Equal("周一至周五 08:30-11:30、14:00-17:00；周六 09:00-16:00", OpeningHours.Describe(Week));
    }
}
