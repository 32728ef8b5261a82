namespace Portal.Organization.Contracts;

/// <summary>Questions about the unit tree that every module asks the same way.</summary>
public static class UnitTree
{
    /// <summary>The unit and every unit below it (a station's village under an institute's town ...); empty for an unknown id.</summary>
    public static IReadOnlySet<int> UnitAndBelow(this IReadOnlyList<UnitInfo> tree, int unitId)
    {
        var children = tree.ToLookup(u => u.ParentId);
        var result = new HashSet<int>();
        var pending = new Stack<int>();
        if (tree.Any(u => u.Id == unitId))
            pending.Push(unitId);
        while (pending.TryPop(out var id))
        {
            if (!result.Add(id))
                continue;
            foreach (var child in children[id])
                pending.Push(child.Id);
        }
        return result;
    }

    public static async Task<IReadOnlySet<int>> UnitAndBelowAsync(this IUnitDirectory units, int unitId, CancellationToken cancellationToken = default)
        => (await units.GetTreeAsync(cancellationToken)).UnitAndBelow(unitId);
}
