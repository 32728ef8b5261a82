using Portal.Abstractions.Display;
using Portal.Organization.Contracts;

namespace Portal.Organization.Display;

/// <summary>Puts the practice positions on the home page and 实践阵地 in the main navigation.</summary>
internal sealed class UnitsWidgets(IUnitDirectory directory) : IZoneWidgetProvider, IPublicNavigationProvider
{
    private const string UnitsUrl = "/units";

    public async Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
    {
        if (page.Name != "Home")
            return [];
        return
        [
            new ZoneWidget("HomeActions", new Shape("HomeAction", new LinkCard("查看实践阵地", UnitsUrl)), Position: 10),
            new ZoneWidget("HomeMain", new Shape("UnitsSummary", UnitsOverview.From(await directory.GetTreeAsync(cancellationToken))), Position: 10),
            new ZoneWidget("HomeGuide", new Shape("GuideCard", new LinkCard("实践阵地", UnitsUrl, "查看新时代文明实践中心、所、站的地址与联系方式，就近参与活动。")), Position: 10),
        ];
    }

    public IEnumerable<NavigationLink> GetLinks() => [new("实践阵地", UnitsUrl, 50)];
}
