using Portal.Activities.Models;

namespace Portal.Activities.Services;

/// <summary>
/// Places and the waitlist as arithmetic, without the database: who gets a place on arrival, who moves up when one
/// frees, and when the activity shows 已满员. The caller reads the counts and saves, under the activity's lock.
/// </summary>
internal static class Waitlist
{
    /// <summary>Places are given and the waitlist moves only while the activity recruits or is full.</summary>
    public static bool GivesPlaces(ActivityStatus status) => status is ActivityStatus.Recruiting or ActivityStatus.Full;

    /// <summary>A new arrival is confirmed while places remain, else waitlisted.</summary>
    public static SignUpStatus ForArrival(int confirmed, int places) => confirmed < places ? SignUpStatus.Confirmed : SignUpStatus.Waitlisted;

    /// <summary>How many on the waitlist may move up.</summary>
    public static int FreePlaces(int confirmed, int places) => Math.Max(0, places - confirmed);

    /// <summary>Confirms waitlisted sign-ups in arrival order (<see cref="SignUp.Sequence"/>), as many as there are free places.</summary>
    public static List<SignUp> Promote(IEnumerable<SignUp> waitlisted, int freePlaces, DateTime now)
    {
        var promoted = waitlisted.Where(s => s.Status == SignUpStatus.Waitlisted).OrderBy(s => s.Sequence).Take(Math.Max(0, freePlaces)).ToList();
        foreach (var signUp in promoted)
        {
            signUp.Status = SignUpStatus.Confirmed;
            signUp.ConfirmedUtc = now;
        }
        return promoted;
    }

    /// <summary>已满员 once every place is confirmed, else 招募中.</summary>
    public static ActivityStatus StatusFor(int confirmed, int places) => confirmed >= places ? ActivityStatus.Full : ActivityStatus.Recruiting;
}
