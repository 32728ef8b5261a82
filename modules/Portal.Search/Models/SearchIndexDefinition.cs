using Portal.Search.Analysis;

namespace Portal.Search.Models;

/// <summary>
/// An index as the administrators define it. Every node keeps its own copy on disk; a node whose copy is of an
/// older <see cref="Generation"/> rebuilds it.
/// </summary>
internal sealed class SearchIndexDefinition
{
    /// <summary>The index the public search page uses.</summary>
    public const string Main = "main";

    public string Name { get; set; } = "";

    public AnalysisKind Analysis { get; set; }

    /// <summary>Raised to ask every node to rebuild (a new analysis, or a rebuild asked for in the admin).</summary>
    public int Generation { get; set; } = 1;

    public DateTime ChangedUtc { get; set; }
}
