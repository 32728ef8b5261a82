using Portal.Abstractions.Display;

namespace Portal.Needs.Public;

/// <summary>The needs menu in the public site's navigation.</summary>
internal sealed class NeedsNavigation : IPublicNavigationProvider
{
    public IEnumerable<NavigationLink> GetLinks() => [new("群众点单", NeedRoutes.PublicPath, 45)];
}
