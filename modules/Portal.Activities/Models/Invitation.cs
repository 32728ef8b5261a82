namespace Portal.Activities.Models;

/// <summary>
/// Staff invite a volunteer they matched to an activity (精准对接); the volunteer accepts (which signs them up, under the
/// same rules as anyone) or declines on "我的". One invitation per volunteer and activity (a unique index).
/// </summary>
internal sealed class Invitation
{
    public long Id { get; set; }

    public int ActivityId { get; set; }

    public int VolunteerId { get; set; }

    public InvitationStatus Status { get; set; }

    /// <summary>The staff user who sent it.</summary>
    public string InvitedBy { get; set; } = "";

    public DateTime InvitedUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }
}

internal enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
}
