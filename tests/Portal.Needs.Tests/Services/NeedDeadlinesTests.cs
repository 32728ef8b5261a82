using Portal.Needs.Models;
using Portal.Needs.Services;

namespace Portal.Needs.Tests.Services;

/// <summary>The deadline of each step (点单设置) alone: hours since the need entered its step, no site.</summary>
public sealed class NeedDeadlinesTests
{
    private static readonly NeedSettings Defaults = new();
    private static readonly DateTime Now = new(2026, 5, 20, 8, 0, 0, DateTimeKind.Utc);

    private static Need InStep(NeedStatus status, TimeSpan since) => new() { Status = status, StatusSinceUtc = Now - since };

    [Fact]
    public void TheDefaultDeadlines_Are24HoursToReview_24ToDispatch_48ToAccept_AndTwoWeeksToServe()
    {
        Assert.Equal(24, NeedDeadlines.HoursFor(NeedStatus.Submitted, Defaults));
        Assert.Equal(24, NeedDeadlines.HoursFor(NeedStatus.Approved, Defaults));
        Assert.Equal(48, NeedDeadlines.HoursFor(NeedStatus.Published, Defaults));
        Assert.Equal(48, NeedDeadlines.HoursFor(NeedStatus.Dispatched, Defaults));
        Assert.Equal(24 * 14, NeedDeadlines.HoursFor(NeedStatus.Accepted, Defaults));
    }

    [Fact]
    public void ANeedSubmitted25HoursAgo_IsOverdue() => Assert.True(NeedDeadlines.IsOverdue(InStep(NeedStatus.Submitted, TimeSpan.FromHours(25)), Defaults, Now));

    [Fact]
    public void ANeedSubmittedExactly24HoursAgo_IsNotOverdueYet()
        => Assert.False(NeedDeadlines.IsOverdue(InStep(NeedStatus.Submitted, TimeSpan.FromHours(24)), Defaults, Now));

    [Fact]
    public void ANeedSubmittedASecondMoreThan24HoursAgo_IsOverdue()
        => Assert.True(NeedDeadlines.IsOverdue(InStep(NeedStatus.Submitted, TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1)), Defaults, Now));

    [Fact]
    public void ANeedSubmittedAnHourAgo_IsNotOverdue() => Assert.False(NeedDeadlines.IsOverdue(InStep(NeedStatus.Submitted, TimeSpan.FromHours(1)), Defaults, Now));

    [Theory]
    [InlineData("Approved", 24)]
    [InlineData("Published", 48)]
    [InlineData("Dispatched", 48)]
    [InlineData("Accepted", 24 * 14)]
    public void EachStep_IsOverdueOnlyPastItsOwnHours(string step, int hours)
    {
        var status = Enum.Parse<NeedStatus>(step);
        Assert.False(NeedDeadlines.IsOverdue(InStep(status, TimeSpan.FromHours(hours)), Defaults, Now));
        Assert.True(NeedDeadlines.IsOverdue(InStep(status, TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(1)), Defaults, Now));
    }

    [Theory]
    [InlineData("Rejected")]
    [InlineData("Done")]
    public void ARejectedOrDoneNeed_IsNeverOverdue(string step)
    {
        var status = Enum.Parse<NeedStatus>(step);
        Assert.Null(NeedDeadlines.HoursFor(status, Defaults));
        Assert.False(NeedDeadlines.IsOverdue(InStep(status, TimeSpan.FromDays(365)), Defaults, Now));
    }

    [Fact]
    public void DeadlinesStaffSet_ReplaceTheDefaults()
    {
        var lists = Defaults with { ReviewHours = 2, AcceptHours = 100 };

        Assert.True(NeedDeadlines.IsOverdue(InStep(NeedStatus.Submitted, TimeSpan.FromHours(3)), lists, Now));
        Assert.False(NeedDeadlines.IsOverdue(InStep(NeedStatus.Published, TimeSpan.FromHours(99)), lists, Now));
    }
}
