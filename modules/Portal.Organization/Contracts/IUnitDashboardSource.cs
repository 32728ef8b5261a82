using System.Security.Claims;
using Portal.Abstractions.Display;

namespace Portal.Organization.Contracts;

/// <summary>
/// A module's part of a unit's dashboard (单位工作台): its figures for the unit and the units below it in one year.
/// The dashboard page lays the parts out in <see cref="Order"/>; a module that is off adds nothing.
/// </summary>
public interface IUnitDashboardSource
{
    int Order { get; }

    /// <summary>The part for <paramref name="query"/>, or null when the module has nothing to say there (or the user may not see it).</summary>
    Task<DashboardSection?> BuildAsync(DashboardQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>The unit the dashboard is for, its units (it and every unit below it) and the year (China time).</summary>
public sealed record DashboardQuery(UnitInfo Unit, IReadOnlySet<int> UnitIds, int Year)
{
    /// <summary>The year's first instant in China and the next year's, in UTC.</summary>
    public (DateTime From, DateTime To) UtcRange => (ChinaTime.DayStartUtc(new DateOnly(Year, 1, 1)), ChinaTime.DayStartUtc(new DateOnly(Year + 1, 1, 1)));
}

/// <summary>A titled part: headline figures, then tables.</summary>
public sealed record DashboardSection(string Title, IReadOnlyList<DashboardFigure> Figures, IReadOnlyList<DashboardTable> Tables, string? Link = null);

/// <summary>One headline number with its label and unit of measure (场, 人, 小时, 分).</summary>
public sealed record DashboardFigure(string Key, string Label, string Value, string Unit);

/// <summary>A table: caption, column headings, rows of cells (the first cell heads its row).</summary>
public sealed record DashboardTable(string Key, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
