using Portal.Activities.Models;
using Portal.Activities.Services;

namespace Portal.Activities.Tests.SignUps;

/// <summary>The waitlist rule alone: places, arrival order and 已满员, no site.</summary>
public sealed class WaitlistTests
{
    private static readonly DateTime Now = new(2026, 5, 20, 2, 0, 0, DateTimeKind.Utc);

    private static SignUp Waitlisted(int volunteerId, int sequence)
        => new() { VolunteerId = volunteerId, Sequence = sequence, Status = SignUpStatus.Waitlisted };

    [Fact]
    public void AnArrival_WhilePlacesRemain_IsConfirmed() => Assert.Equal(SignUpStatus.Confirmed, Waitlist.ForArrival(confirmed: 0, places: 2));

    [Fact]
    public void AnArrival_TakingTheLastPlace_IsConfirmed() => Assert.Equal(SignUpStatus.Confirmed, Waitlist.ForArrival(confirmed: 1, places: 2));

    [Fact]
    public void AnArrival_WhenEveryPlaceIsTaken_IsWaitlisted() => Assert.Equal(SignUpStatus.Waitlisted, Waitlist.ForArrival(confirmed: 2, places: 2));

    [Fact]
    public void TheActivity_IsFull_ExactlyWhenEveryPlaceIsConfirmed()
    {
        Assert.Equal(ActivityStatus.Recruiting, Waitlist.StatusFor(confirmed: 1, places: 2));
        Assert.Equal(ActivityStatus.Full, Waitlist.StatusFor(confirmed: 2, places: 2));
    }

    [Theory]
    [InlineData("Recruiting", true)]
    [InlineData("Full", true)]
    [InlineData("Draft", false)]
    [InlineData("Running", false)]
    [InlineData("Finished", false)]
    [InlineData("Cancelled", false)]
    public void OnlyARecruitingOrFullActivity_GivesPlaces(string status, bool gives)
        => Assert.Equal(gives, Waitlist.GivesPlaces(Enum.Parse<ActivityStatus>(status)));

    [Theory]
    [InlineData(0, 3, 3)]
    [InlineData(2, 3, 1)]
    [InlineData(3, 3, 0)]
    [InlineData(4, 3, 0)]
    public void TheFreePlaces_AreThePlacesNotConfirmed_NeverBelowZero(int confirmed, int places, int free)
        => Assert.Equal(free, Waitlist.FreePlaces(confirmed, places));

    [Fact]
    public void AFreedPlace_GoesToTheFirstToArrive_NotTheFirstInTheList()
    {
        var late = Waitlisted(volunteerId: 7, sequence: 9);
        var early = Waitlisted(volunteerId: 5, sequence: 4);

        var promoted = Waitlist.Promote([late, early], freePlaces: 1, Now);

        Assert.Equal([5], promoted.Select(s => s.VolunteerId));
        Assert.Equal(SignUpStatus.Confirmed, early.Status);
        Assert.Equal(Now, early.ConfirmedUtc);
        Assert.Equal(SignUpStatus.Waitlisted, late.Status);
        Assert.Null(late.ConfirmedUtc);
    }

    [Fact]
    public void MoreFreePlaces_PromoteThatManyInArrivalOrder()
    {
        var line = new[] { Waitlisted(1, 3), Waitlisted(2, 1), Waitlisted(3, 2) };

        var promoted = Waitlist.Promote(line, freePlaces: 2, Now);

        Assert.Equal([2, 3], promoted.Select(s => s.VolunteerId));
        Assert.Equal(SignUpStatus.Waitlisted, line[0].Status);
    }

    [Fact]
    public void MoreFreePlacesThanWaiting_ConfirmsEveryoneWaiting()
    {
        var line = new[] { Waitlisted(1, 1), Waitlisted(2, 2) };

        Assert.Equal(2, Waitlist.Promote(line, freePlaces: 5, Now).Count);
        Assert.All(line, s => Assert.Equal(SignUpStatus.Confirmed, s.Status));
    }

    [Fact]
    public void NoFreePlace_PromotesNoOne()
    {
        var waiting = Waitlisted(1, 1);

        Assert.Empty(Waitlist.Promote([waiting], freePlaces: 0, Now));
        Assert.Equal(SignUpStatus.Waitlisted, waiting.Status);
    }

    [Fact]
    public void ACancelledSignUp_IsNotPromoted()
    {
        var cancelled = new SignUp { VolunteerId = 1, Sequence = 1, Status = SignUpStatus.Cancelled };
        var waiting = Waitlisted(2, 2);

        Assert.Equal([2], Waitlist.Promote([cancelled, waiting], freePlaces: 1, Now).Select(s => s.VolunteerId));
        Assert.Equal(SignUpStatus.Cancelled, cancelled.Status);
    }
}
