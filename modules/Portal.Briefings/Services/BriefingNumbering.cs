using Microsoft.EntityFrameworkCore;
using Portal.Briefings.Data;
using Portal.Briefings.Models;

namespace Portal.Briefings.Services;

/// <summary>Issue numbers: 第N期 counts per series and year, from the numbers live issues (drafts too) hold.</summary>
internal sealed class BriefingNumbering(BriefingsDbContext db)
{
    /// <summary>One more than the highest number of the series in that year; 1 in a new year.</summary>
    public async Task<int> NextNumberAsync(string series, int year, CancellationToken cancellationToken = default)
        => (await db.Issues.Where(i => i.Series == series && i.Year == year).MaxAsync(i => (int?)i.Number, cancellationToken) ?? 0) + 1;

    /// <summary>The issue other than <paramref name="contentItemId"/> holding that number, if any.</summary>
    public Task<BriefingIssue?> HolderAsync(string series, int year, int number, string contentItemId, CancellationToken cancellationToken = default)
        => db.Issues.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Series == series && i.Year == year && i.Number == number && i.ContentItemId != contentItemId, cancellationToken);

    /// <summary>The series of the most recent issue, to start a new one in.</summary>
    public Task<string?> LatestSeriesAsync(CancellationToken cancellationToken = default)
        => db.Issues.AsNoTracking().OrderByDescending(i => i.Date).ThenByDescending(i => i.Number)
            .Select(i => i.Series).FirstOrDefaultAsync(cancellationToken);
}
