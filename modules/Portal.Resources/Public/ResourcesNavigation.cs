using Portal.Abstractions.Display;

namespace Portal.Resources.Public;

/// <summary>The venues page in the public site's navigation, after 实践阵地.</summary>
internal sealed class ResourcesNavigation : IPublicNavigationProvider
{
    public IEnumerable<NavigationLink> GetLinks() => [new("阵地场所", ResourceRoutes.PublicPath, 55)];
}
