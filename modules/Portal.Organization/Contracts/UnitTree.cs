namespace Portal.Organization.Contracts;

/// <summary>
/// Questions about a unit tree already read (<see cref="IUnitDirectory.GetTreeAsync"/>), asked the same way by every
/// module; <see cref="IUnitDirectory"/> answers the same questions from the database when no tree is at hand.
/// </summary>
public static class UnitTree
{
    /// <summary>The unit and every unit below it (a station's village under an institute's town ...); empty for an unknown id.</summary>
    public static IReadOnlySet<int> UnitAndBelow(this IReadOnlyList<UnitInfo> tree, int unitId)
        => Below(tree.Select(u => (u.Id, u.ParentId)), [unitId]);

    /// <summary>The unit and every unit above it up to the center, the unit first; empty for an unknown id.</summary>
    public static IReadOnlyList<int> UnitAndAbove(this IReadOnlyList<UnitInfo> tree, int unitId)
        => Above(tree.Select(u => (u.Id, u.ParentId)), unitId);

    /// <summary>The units and every unit above any of them (e.g. where the courses or parent teams open to them may sit).</summary>
    public static IReadOnlySet<int> UnitsAndAbove(this IReadOnlyList<UnitInfo> tree, IEnumerable<int> unitIds)
    {
        var links = tree.Select(u => (u.Id, u.ParentId)).ToList();
        return unitIds.SelectMany(id => Above(links, id)).ToHashSet();
    }

    /// <summary>The roots and everything below them, from the tree's links; unknown roots are left out.</summary>
    internal static IReadOnlySet<int> Below(IEnumerable<(int Id, int? ParentId)> links, IEnumerable<int> roots)
    {
        var list = links.ToList();
        var known = list.Select(u => u.Id).ToHashSet();
        var children = list.ToLookup(u => u.ParentId, u => u.Id);
        var result = new HashSet<int>();
        var pending = new Stack<int>(roots.Where(known.Contains));
        while (pending.TryPop(out var id))
        {
            if (!result.Add(id))
                continue;
            foreach (var child in children[id])
                pending.Push(child);
        }
        return result;
    }

    /// <summary>The unit and its ancestors, from the tree's links, the unit first.</summary>
    internal static IReadOnlyList<int> Above(IEnumerable<(int Id, int? ParentId)> links, int unitId)
    {
        var parentOf = links.ToDictionary(u => u.Id, u => u.ParentId);
        var result = new List<int>();
        // A tree has no cycles; the check of what was seen only keeps a corrupted one from looping.
        for (int? id = unitId; id is { } current && parentOf.TryGetValue(current, out var parent) && !result.Contains(current); id = parent)
            result.Add(current);
        return result;
    }
}
