namespace Portal.Search.Models;

/// <summary>
/// One row of the indexing-task log: "the document <see cref="Key"/> of <see cref="Source"/> may have changed".
/// Rows are numbered in commit order (they are written last in their transaction, under one lock), so a node that
/// has read up to id N has seen every change committed before N.
/// </summary>
internal sealed class SearchTask
{
    public long Id { get; set; }

    public string Source { get; set; } = "";

    public string Key { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
