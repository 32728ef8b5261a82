using Portal.Volunteers.Hours;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Tests.Hours;

/// <summary>The star rule alone: approved hours against the thresholds, no site.</summary>
public sealed class StarLevelsTests
{
    private static readonly decimal[] Thresholds = [100, 300, 600, 1000, 1500];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(99.5, 0)]
    [InlineData(100, 1)]
    [InlineData(599.99, 2)]
    [InlineData(1000, 4)]
    [InlineData(5000, 5)]
    public void Stars_FollowTheThresholds(decimal hours, int stars) => Assert.Equal(stars, StarLevels.StarsFor(hours, Thresholds));

    [Fact]
    public void TheDefaultThresholds_Are100_300_600_1000_1500Hours()
        => Assert.Equal(Thresholds, new VolunteerSettings().StarThresholds);

    [Theory]
    [InlineData(100, 1)]
    [InlineData(300, 2)]
    [InlineData(600, 3)]
    [InlineData(1000, 4)]
    [InlineData(1500, 5)]
    public void HoursExactlyOnAThreshold_ReachIt(decimal hours, int stars) => Assert.Equal(stars, StarLevels.StarsFor(hours, Thresholds));

    [Theory]
    [InlineData(99.99, 0)]
    [InlineData(299.99, 1)]
    [InlineData(599.99, 2)]
    [InlineData(999.99, 3)]
    [InlineData(1499.99, 4)]
    public void AHundredthOfAnHourShortOfAThreshold_StaysALevelBelow(decimal hours, int stars) => Assert.Equal(stars, StarLevels.StarsFor(hours, Thresholds));

    [Fact]
    public void HoursFarPastTheLastThreshold_StopAtFiveStars() => Assert.Equal(5, StarLevels.StarsFor(100_000m, Thresholds));

    [Fact]
    public void ThresholdsStaffSet_ReplaceTheDefaults()
    {
        decimal[] own = [50, 200, 500, 900, 1400];
        Assert.Equal(1, StarLevels.StarsFor(100m, own));
        Assert.Equal(2, StarLevels.StarsFor(300m, own));
        Assert.Equal(5, StarLevels.StarsFor(1400m, own));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "★")]
    [InlineData(5, "★★★★★")]
    public void TheStarsShown_AreOneSymbolPerLevel(int stars, string shown) => Assert.Equal(shown, StarLevels.Symbols(stars));
}
