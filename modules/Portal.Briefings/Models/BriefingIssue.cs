namespace Portal.Briefings.Models;

/// <summary>
/// The module's index of issues: the number each live (not binned) item holds, kept in step with its
/// latest version, and whether it is published. Unique per series, year and number.
/// </summary>
internal sealed class BriefingIssue
{
    public string ContentItemId { get; set; } = "";

    public string Series { get; set; } = "";

    public int Year { get; set; }

    public int Number { get; set; }

    /// <summary>The item's display text, to name it in messages.</summary>
    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    public bool Published { get; set; }
}
