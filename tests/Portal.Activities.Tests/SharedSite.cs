namespace Portal.Activities.Tests;

/// <summary>
/// The one site of this test project: its test classes make their own data and change nothing every test sees, so they
/// share it instead of starting a site each (a start costs about a second). Classes that need a site of their own (other
/// settings, features switched off) keep their own fixture. Classes in the collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<ActivitiesSite>
{
    public const string Name = "Activities site";

    /// <summary>The second shared site: the real Volunteers module instead of stand-ins, for hours and journeys.</summary>
    public const string WithVolunteers = "Activities site with volunteers";
}

[CollectionDefinition(SharedSite.WithVolunteers)]
public sealed class SharedSiteWithVolunteers : ICollectionFixture<Portal.Testing.PortalFactory>;
