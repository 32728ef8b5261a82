using Microsoft.EntityFrameworkCore;
using Portal.Activities.Contracts;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Models;
using Portal.Resources.Services;

namespace Portal.Resources.Public;

/// <summary>
/// What the public sees of the inventory: venues (kinds listed as venues in the settings) marked public and not retired,
/// by town (实践所 and the units below it) and platform, with their opening hours and what is booked there next. No
/// owner's contact and no booker's name; a booking for an activity shows the activity when it is public.
/// </summary>
internal sealed class PublicResources(ResourcesDbContext db, ResourceService resources, IUnitDirectory units, IActivityCatalog catalog, TimeProvider clock)
{
    public const int NextCount = 5;

    public async Task<VenueListPage> ListAsync(string? town, string? platform, CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        var (townCode, platformKey) = ((town ?? "").Trim(), resources.PlatformKey(platform ?? ""));
        var list = await VenuesAsync(cancellationToken);
        var chosenTown = tree.FirstOrDefault(u => u.Kind == UnitKind.Institute && u.Code == townCode);
        if (chosenTown is not null)
            list = list.Where(r => TownOf(tree, r.UnitId)?.Id == chosenTown.Id).ToList();
        if (platformKey is not null)
            list = list.Where(r => r.Platforms.Contains(platformKey)).ToList();
        var cards = await CardsAsync(list, tree, cancellationToken);
        return new VenueListPage(cards,
            tree.Where(u => u.Kind == UnitKind.Institute).Select(u => new VenueOption(u.Code, u.Name, u.Id == chosenTown?.Id)).ToList(),
            resources.Platforms.Select(p => new VenueOption(p.Key, p.Name, p.Key == platformKey)).ToList());
    }

    public async Task<VenueCard?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var resource = (await VenuesAsync(cancellationToken)).FirstOrDefault(r => r.Id == id);
        return resource is null ? null : (await CardsAsync([resource], await units.GetTreeAsync(cancellationToken), cancellationToken))[0];
    }

    /// <summary>The venues the public may see, by name.</summary>
    public async Task<List<Resource>> VenuesAsync(CancellationToken cancellationToken)
    {
        var venueKinds = (await resources.SettingsAsync(cancellationToken)).VenueKinds.ToList();
        return await db.Resources.AsNoTracking().Where(r => r.IsPublic && r.Status != ResourceStatus.Retired && venueKinds.Contains(r.Kind))
            .OrderBy(r => r.Name).ToListAsync(cancellationToken);
    }

    private async Task<List<VenueCard>> CardsAsync(List<Resource> list, IReadOnlyList<UnitInfo> tree, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = list.Select(r => r.Id).ToList();
        var next = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.ResourceId) && b.Status == BookingStatus.Approved && b.EndsUtc >= now)
            .OrderBy(b => b.StartsUtc).ToListAsync(cancellationToken);
        var activities = new Dictionary<int, ActivityInfo?>();
        foreach (var activityId in next.Where(b => b.ActivityId != null).Select(b => b.ActivityId!.Value).Distinct())
            activities[activityId] = await catalog.FindAsync(activityId, cancellationToken);
        var byId = tree.ToDictionary(u => u.Id);
        return list.Select(r =>
        {
            var unit = byId.GetValueOrDefault(r.UnitId);
            var happenings = next.Where(b => b.ResourceId == r.Id).Take(NextCount).Select(b =>
            {
                var activity = b.ActivityId is { } aid ? activities.GetValueOrDefault(aid) : null;
                return activity is { Public: true, Cancelled: false }
                    ? new Happening(BookingService.Slot(b.StartsUtc, b.EndsUtc), activity.Title, activity.Url)
                    : new Happening(BookingService.Slot(b.StartsUtc, b.EndsUtc), "已预约", null);
            }).ToList();
            // A venue of the center itself is in no town: the center stands in for it.
            return new VenueCard(r.Id, r.Name, ResourceRoutes.PublicUrl(r.Id), r.Kind, unit?.Name ?? "", TownOf(tree, r.UnitId)?.Name ?? unit?.Name ?? "",
                r.Platforms.Select(resources.PlatformName).ToList(), r.Address, r.Capacity, r.Facilities,
                OpeningHours.Describe(r.OpeningHours),
                Enumerable.Range(0, 7).Select(i => new DayHours(ResourceNames.Weekdays[i], OpeningHours.Day(r.OpeningHours, i) is { Length: > 0 } h ? h.Replace(",", "、") : "不开放")).ToList(),
                OpeningHours.HasHours(r.OpeningHours), r.Status == ResourceStatus.UnderRepair, r.Photos, happenings);
        }).ToList();
    }

    /// <summary>The 实践所 (town) a unit is in: itself or its nearest institute above; null for the center.</summary>
    public static UnitInfo? TownOf(IReadOnlyList<UnitInfo> tree, int unitId)
    {
        var byId = tree.ToDictionary(u => u.Id);
        return tree.UnitAndAbove(unitId).Select(id => byId[id]).FirstOrDefault(u => u.Kind == UnitKind.Institute);
    }
}

/// <summary>What is booked at a venue next: the public activity (with its page) or only that the slot is taken.</summary>
internal sealed record Happening(string When, string What, string? Url);

internal sealed record DayHours(string Day, string Hours);

/// <summary>A venue as the public pages (theme shapes <c>Resources</c>, <c>Resource</c>) show it.</summary>
internal sealed record VenueCard(
    int Id,
    string Name,
    string Url,
    string Kind,
    string UnitName,
    string Town,
    IReadOnlyList<string> Platforms,
    string Address,
    int? Capacity,
    string Facilities,
    string Hours,
    IReadOnlyList<DayHours> Week,
    bool HasHours,
    bool UnderRepair,
    IReadOnlyList<string> Photos,
    IReadOnlyList<Happening> Next);

internal sealed record VenueOption(string Value, string Text, bool Selected);

internal sealed record VenueListPage(IReadOnlyList<VenueCard> Items, IReadOnlyList<VenueOption> Towns, IReadOnlyList<VenueOption> Platforms);
