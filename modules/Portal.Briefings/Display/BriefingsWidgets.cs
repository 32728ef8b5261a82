using Portal.Abstractions.Display;
using Portal.Briefings.Services;

namespace Portal.Briefings.Display;

/// <summary>Puts the latest issues on the home page and 简报 in the main navigation.</summary>
internal sealed class BriefingsWidgets(BriefingCatalog catalog) : IZoneWidgetProvider, IPublicNavigationProvider
{
    private const int Latest = 5;

    public async Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
    {
        if (page.Name != "Home")
            return [];
        var issues = await catalog.PublishedAsync(Latest, cancellationToken);
        return [new ZoneWidget("HomeMain", new Shape("BriefingsLatest", new BriefingsLatest(issues, BriefingsRoutes.AllSeriesUrl)), Position: 2)];
    }

    public IEnumerable<NavigationLink> GetLinks() => [new("简报", BriefingsRoutes.AllSeriesUrl, 30)];
}
