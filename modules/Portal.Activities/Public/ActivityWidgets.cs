using Portal.Abstractions.Display;

namespace Portal.Activities.Public;

/// <summary>The 志愿活动 link of the main navigation and the home page's upcoming activities (zone <c>HomeActivities</c>).</summary>
internal sealed class ActivityWidgets(PublicActivities activities) : IZoneWidgetProvider, IPublicNavigationProvider
{
    public const int HomeCount = 6;

    public IEnumerable<NavigationLink> GetLinks() => [new("志愿活动", ActivityRoutes.PublicPath, 40)];

    public async Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
    {
        if (page.Name != "Home")
            return [];
        var upcoming = await activities.UpcomingAsync(HomeCount, cancellationToken);
        return [new ZoneWidget("HomeActivities", new Shape("HomeActivities", new { Items = upcoming, MoreUrl = ActivityRoutes.PublicPath }))];
    }
}
