using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Contents;
using Portal.Briefings.Data;
using Portal.Briefings.Display;
using Portal.Briefings.Models;

namespace Portal.Briefings.Services;

/// <summary>
/// The published issues for the public pages. The index finds them; what is shown comes from each item's
/// published version, so a newer draft never leaks.
/// </summary>
internal sealed class BriefingCatalog(BriefingsDbContext db, IContentManager contents, IContentDisplay display)
{
    public async Task<IReadOnlyList<BriefingSummary>> PublishedAsync(int take, CancellationToken cancellationToken = default)
    {
        var ids = await db.Issues.AsNoTracking().Where(i => i.Published)
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Number)
            .Select(i => i.ContentItemId).Take(take).ToListAsync(cancellationToken);
        var items = await contents.GetManyAsync(ids, VersionOptions.Published, cancellationToken);
        return items.Select(Summarize).OfType<BriefingSummary>()
            .OrderByDescending(s => s.DateIso).ThenByDescending(s => s.Number).ToList();
    }

    public async Task<BriefingSeriesListPage> SeriesListAsync(CancellationToken cancellationToken = default)
    {
        var all = await PublishedAsync(5000, cancellationToken);
        return new BriefingSeriesListPage(all.GroupBy(s => s.Series)
            .Select(g => new BriefingSeriesCard(g.Key, g.First().SeriesUrl, g.Count(), g.First()))
            .OrderByDescending(c => c.Latest.DateIso)
            .ToList());
    }

    /// <summary>The series page, or null when the series has no published issue.</summary>
    public async Task<BriefingSeriesPage?> SeriesAsync(string series, CancellationToken cancellationToken = default)
    {
        var issues = (await PublishedAsync(5000, cancellationToken)).Where(s => s.Series == series).ToList();
        if (issues.Count == 0)
            return null;
        var years = issues.GroupBy(s => s.Year).OrderByDescending(g => g.Key)
            .Select(g => new BriefingYear(g.Key, g.OrderByDescending(s => s.Number).ToList()))
            .ToList();
        return new BriefingSeriesPage(series, issues[0].SeriesUrl, issues.Count, years);
    }

    private BriefingSummary? Summarize(ContentItem item)
    {
        if (item.As<BriefingPart>() is not { Date: not null } part)
            return null;
        return new BriefingSummary(item.DisplayText, part.Series, BriefingsRoutes.SeriesUrl(part.Series), part.Year, part.Number,
            part.SpecialLabel, part.SpecialNumber, BriefingRules.DateText(part.Date), part.Date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            display.UrlOf(item), part.Articles.Select(a => a.Title).ToList());
    }
}
