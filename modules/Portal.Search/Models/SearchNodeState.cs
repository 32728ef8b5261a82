namespace Portal.Search.Models;

/// <summary>What one node reports about its copy of one index, for the admin's status page.</summary>
internal sealed class SearchNodeState
{
    public string Node { get; set; } = "";

    public string Index { get; set; } = "";

    public int Generation { get; set; }

    /// <summary>The last task of the log this node's index contains.</summary>
    public long Checkpoint { get; set; }

    public int Documents { get; set; }

    /// <summary>Documents written so far by a rebuild in progress; null when none runs.</summary>
    public int? RebuildDone { get; set; }

    public int? RebuildTotal { get; set; }

    /// <summary>The last failure, until the next success.</summary>
    public string? Error { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
