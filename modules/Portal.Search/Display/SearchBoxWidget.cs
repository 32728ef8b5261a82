using Portal.Abstractions.Display;
using Portal.Search.Endpoints;

namespace Portal.Search.Display;

/// <summary>The search box in the masthead of every public page (zone <c>Masthead</c>), holding the query on the search page.</summary>
internal sealed class SearchBoxWidget : IZoneWidgetProvider
{
    public Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
    {
        var query = page.Model is SearchPage search ? search.Query : "";
        return Task.FromResult<IEnumerable<ZoneWidget>>([new ZoneWidget("Masthead", new Shape("SearchBox", new SearchBox(query)))]);
    }
}

internal sealed record SearchBox(string Query);
