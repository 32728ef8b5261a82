namespace Portal.Volunteers.Models;

/// <summary>A line of a volunteer's points account: earned for approved hours, spent on a redemption. The balance is the sum.</summary>
internal sealed class PointsEntry
{
    public long Id { get; set; }

    public int VolunteerId { get; set; }

    /// <summary>Positive when earned, negative when spent.</summary>
    public int Points { get; set; }

    public string Reason { get; set; } = "";

    public long? HoursEntryId { get; set; }

    public int? RedemptionId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A reward of the love supermarket (爱心超市) with its price in points and its stock.</summary>
internal sealed class Reward
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public int Points { get; set; }

    public int Stock { get; set; }

    public bool Active { get; set; } = true;
}

internal sealed class Redemption
{
    public int Id { get; set; }

    public int RewardId { get; set; }

    public int VolunteerId { get; set; }

    public int Points { get; set; }

    /// <summary>Shown to the volunteer and asked for at pickup.</summary>
    public string PickupCode { get; set; } = "";

    public RedemptionStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? PickedUpUtc { get; set; }
}

internal enum RedemptionStatus
{
    AwaitingPickup,
    PickedUp,
    Cancelled,
}
