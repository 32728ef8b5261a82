using Microsoft.EntityFrameworkCore;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Needs.Services;
using Portal.Organization.Contracts;

namespace Portal.Needs.Public;

/// <summary>
/// The needs menu (需求清单): what residents asked for and where it stands, without a name, a phone or a rejection's
/// reason. Needs the center turned down are not listed.
/// </summary>
internal sealed class PublicNeeds(NeedsDbContext db, NeedService needs)
{
    public const int PageSize = 20;

    /// <summary>The statuses the menu shows, in the order of a need's life.</summary>
    public static readonly NeedStatus[] Listed =
        [NeedStatus.Submitted, NeedStatus.Approved, NeedStatus.Published, NeedStatus.Dispatched, NeedStatus.Accepted, NeedStatus.Done];

    public async Task<NeedListPage> ListAsync(string? unit, string? category, string? status, int page, CancellationToken cancellationToken)
    {
        var stations = await needs.StationsAsync(cancellationToken);
        var lists = await needs.SettingsAsync(cancellationToken);
        var (unitCode, categoryText, statusText) = ((unit ?? "").Trim(), (category ?? "").Trim(), (status ?? "").Trim());
        var query = db.Needs.AsNoTracking().Where(n => n.Status != NeedStatus.Rejected);
        if (stations.FirstOrDefault(u => u.Code == unitCode) is { } chosen)
            query = query.Where(n => n.UnitId == chosen.Id);
        if (categoryText.Length > 0)
            query = query.Where(n => n.Category == categoryText);
        var wanted = Listed.Where(x => x.ToString() == statusText).Select(x => (NeedStatus?)x).FirstOrDefault();
        if (wanted is { } w)
            query = query.Where(n => n.Status == w);

        var number = Math.Clamp(page, 1, 1000);
        var list = await query.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Skip((number - 1) * PageSize).Take(PageSize + 1)
            .Select(n => new { n.Number, n.Title, n.Category, n.UnitId, n.Status, n.CreatedUtc, n.Rating })
            .ToListAsync(cancellationToken);
        var names = stations.ToDictionary(u => u.Id, u => u.Name);
        var items = list.Take(PageSize).Select(n => new NeedCard(n.Number, n.Title, n.Category, names.GetValueOrDefault(n.UnitId, ""),
            n.Status.ToChinese(), n.Status.ToString().ToLowerInvariant(), NeedPages.FormatDay(n.CreatedUtc), n.Rating)).ToList();
        string Link(int p) => NeedRoutes.PublicPath + "?" + string.Join("&", new[]
        {
            unitCode.Length > 0 ? "unit=" + Uri.EscapeDataString(unitCode) : null,
            categoryText.Length > 0 ? "category=" + Uri.EscapeDataString(categoryText) : null,
            wanted is null ? null : "status=" + wanted,
            "page=" + p,
        }.Where(x => x is not null));

        return new NeedListPage(items,
            stations.Select(u => new Option(u.Code, u.Name, u.Code == unitCode)).ToList(),
            lists.Categories.Select(c => new Option(c, c, c == categoryText)).ToList(),
            Listed.Select(x => new Option(x.ToString(), x.ToChinese(), x == wanted)).ToList(),
            number > 1 ? Link(number - 1) : null,
            list.Count > PageSize ? Link(number + 1) : null);
    }
}

/// <summary>A need as the public menu shows it: no personal data.</summary>
internal sealed record NeedCard(string Number, string Title, string Category, string UnitName, string Status, string StatusKey, string Day, int? Rating);

internal sealed record Option(string Value, string Text, bool Selected);

/// <summary>The theme's <c>Needs</c> page.</summary>
internal sealed record NeedListPage(
    IReadOnlyList<NeedCard> Items,
    IReadOnlyList<Option> Units,
    IReadOnlyList<Option> Categories,
    IReadOnlyList<Option> Statuses,
    string? PreviousUrl,
    string? NextUrl);
