using Portal.Testing;

namespace Portal.Resources.Tests;

/// <summary>
/// One site for the test classes whose tests each make their own units and resources (bookings, reports, public pages):
/// a site set-up costs seconds, and these need nothing of their own from it. Classes in the collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<PortalFactory>
{
    public const string Name = "Resources site";
}
