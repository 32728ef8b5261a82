using System.Globalization;
using System.Runtime.CompilerServices;
using Portal.Organization.Contracts;
using Portal.Resources.Models;
using Portal.Resources.Public;
using Portal.Resources.Services;
using Portal.Search.Contracts;

namespace Portal.Resources.Search;

/// <summary>
/// The venues of the public page as search documents: what that page shows (name, kind, place, platforms, hours,
/// facilities), never the owner's contact. A resource that stops being a public venue has no document and leaves the index.
/// </summary>
internal sealed class ResourceSearchSource(PublicResources venues, ResourceService resources, IUnitDirectory units) : ISearchSource
{
    public const string SourceName = "resources";

    public string Name => SourceName;

    public async Task<int> CountAsync(CancellationToken cancellationToken) => (await venues.VenuesAsync(cancellationToken)).Count;

    public async IAsyncEnumerable<SearchDocument> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        foreach (var venue in await venues.VenuesAsync(cancellationToken))
            yield return ToDocument(venue, tree);
    }

    public async Task<IReadOnlyList<SearchDocument>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToHashSet();
        if (ids.Count == 0)
            return [];
        var tree = await units.GetTreeAsync(cancellationToken);
        return (await venues.VenuesAsync(cancellationToken)).Where(r => ids.Contains(r.Id)).Select(r => ToDocument(r, tree)).ToList();
    }

    private SearchDocument ToDocument(Resource r, IReadOnlyList<UnitInfo> tree)
    {
        var unit = tree.FirstOrDefault(u => u.Id == r.UnitId);
        var platforms = r.Platforms.Select(resources.PlatformName).ToList();
        return new SearchDocument
        {
            Key = r.Id.ToString(CultureInfo.InvariantCulture),
            Type = "Venue",
            TypeName = "阵地场所",
            Title = r.Name,
            Text = string.Join('\n', new[] { r.Kind, string.Join(" ", platforms), unit?.Name ?? "", PublicResources.TownOf(tree, r.UnitId)?.Name ?? "", r.Address,
                "开放时间：" + OpeningHours.Describe(r.OpeningHours), r.Facilities }.Where(t => t.Length > 0)),
            Url = ResourceRoutes.PublicUrl(r.Id),
            Unit = unit is null ? null : new SearchUnit(unit.Code, unit.Name),
            DateUtc = r.UpdatedUtc,
            Tags = [r.Kind, .. platforms],
        };
    }
}

/// <summary>Adds a resource's indexing task to the log in the transaction that changes the resource.</summary>
internal sealed class ResourceSearchIndexing(ISearchIndexQueue queue) : IResourceChangeObserver
{
    public void ResourceChanged(int resourceId) => queue.Enqueue(ResourceSearchSource.SourceName, resourceId.ToString(CultureInfo.InvariantCulture));
}
