using Portal.Testing;

namespace Portal.Briefings.Tests;

/// <summary>
/// The one site of this test project: its test classes make their own data and change nothing every test sees, so they
/// share it instead of starting a site each (a start costs about a second). Classes that need a site of their own (other
/// settings, features switched off) keep their own fixture. Classes in the collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<PortalFactory>
{
    public const string Name = "Briefings site";
}
