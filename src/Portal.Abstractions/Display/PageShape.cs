namespace Portal.Abstractions.Display;

/// <summary>
/// A shape to render with the active theme's Liquid templates. The template is the most specific
/// of <see cref="Alternates"/> (last first) that the theme has, else the one named <see cref="Name"/>.
/// </summary>
public sealed record Shape(string Name, object? Model)
{
    /// <summary>More specific template names, least specific first (e.g. <c>Content-Briefing</c>, <c>Content-Briefing.Summary</c>).</summary>
    public IReadOnlyList<string> Alternates { get; init; } = [];

    /// <summary>Template names to try, most specific first.</summary>
    public IEnumerable<string> Candidates => Alternates.Reverse().Append(Name);
}

/// <summary>A widget a module puts into a layout zone.</summary>
public sealed record ZoneWidget(string Zone, Shape Shape, int Position = 0);

/// <summary>Adds widgets to the zones of public pages (e.g. the unit tree on the home page).</summary>
public interface IZoneWidgetProvider
{
    Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken);
}

/// <summary>A link in the public site's main navigation.</summary>
public sealed record NavigationLink(string Text, string Url, int Position);

/// <summary>Adds links to the public site's main navigation.</summary>
public interface IPublicNavigationProvider
{
    IEnumerable<NavigationLink> GetLinks();
}

/// <summary>
/// A link with a short text, for the theme's <c>GuideCard</c> (zone <c>HomeGuide</c>) and
/// <c>HomeAction</c> (zone <c>HomeActions</c>) shapes that modules put on the home page.
/// </summary>
public sealed record LinkCard(string Title, string Url, string Summary = "");
