using Portal.Abstractions.Display;
using Portal.Organization.Contracts;

namespace Portal.Organization.Display;

/// <summary>Puts the practice positions on the home page and 实践阵地 in the main navigation.</summary>
internal sealed class UnitsWidgets(IUnitDirectory directory) : IZoneWidgetProvider, IPublicNavigationProvider
{
    public const string HomeZone = "HomeMain";

    public async Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
        => page.Name == "Home"
            ? [new ZoneWidget(HomeZone, new Shape("UnitsSummary", UnitsOverview.From(await directory.GetTreeAsync(cancellationToken))), Position: 10)]
            : [];

    public IEnumerable<NavigationLink> GetLinks() => [new("实践阵地", "/units", 50)];
}
