using System.Globalization;
using Portal.Resources.Models;

namespace Portal.Resources.Services;

/// <summary>
/// A resource as a form, an import row or a recipe gives it: text, read by <see cref="ResourceService"/> so that bad
/// input gets a message. On an edit, empty contact fields (or the masked values shown) keep the stored contact.
/// </summary>
internal sealed class ResourceInput
{
    public string? Name { get; set; }

    public string? UnitId { get; set; }

    public string? Kind { get; set; }

    /// <summary>Platform keys (<c>Culture</c>) or names (文化服务, 文化服务平台).</summary>
    public List<string> Platforms { get; set; } = [];

    public string? Ownership { get; set; }

    public string? OwnerOrganization { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? AgreementTerms { get; set; }

    public string? AgreementStarts { get; set; }

    public string? AgreementEnds { get; set; }

    public string? Capacity { get; set; }

    /// <summary>Seven texts, Monday first (see <see cref="OpeningHours"/>).</summary>
    public List<string> Hours { get; set; } = [];

    public string? Address { get; set; }

    public string? Facilities { get; set; }

    /// <summary>Media-library addresses, one a line (or separated by commas).</summary>
    public string? Photos { get; set; }

    public string? Status { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>The version the editor started from; empty on creation.</summary>
    public string? Version { get; set; }

    public const string DateFormat = "yyyy-MM-dd";

    public static ResourceInput From(Resource r) => new()
    {
        Name = r.Name,
        UnitId = r.UnitId.ToString(CultureInfo.InvariantCulture),
        Kind = r.Kind,
        Platforms = [.. r.Platforms],
        Ownership = r.Ownership.ToString(),
        OwnerOrganization = r.OwnerOrganization,
        ContactName = "",
        ContactPhone = "",
        AgreementTerms = r.AgreementTerms,
        AgreementStarts = r.AgreementStarts?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        AgreementEnds = r.AgreementEnds?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        Capacity = r.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "",
        Hours = Enumerable.Range(0, 7).Select(i => OpeningHours.Day(r.OpeningHours, i)).ToList(),
        Address = r.Address,
        Facilities = r.Facilities,
        Photos = string.Join("\n", r.Photos),
        Status = r.Status.ToString(),
        IsPublic = r.IsPublic,
        Version = r.Version.ToString(),
    };

    public static DateOnly? ParseDate(string? text)
    {
        var clean = (text ?? "").Trim();
        return DateOnly.TryParseExact(clean, [DateFormat, "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : DateTime.TryParse(clean, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? DateOnly.FromDateTime(time) : null;
    }
}
