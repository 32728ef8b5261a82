namespace Portal.Needs.Services;

/// <summary>The public order form (点单) as posted; every field a string so bad input becomes a message, never a 500.</summary>
internal sealed class NeedInput
{
    public string? Category { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The code of the village or community (a station).</summary>
    public string? Unit { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? PreferredTime { get; set; }
}
