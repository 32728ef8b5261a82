using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using Portal.Abstractions.Contents;

namespace Portal.Explainers.Models;

/// <summary>A policy document (政策文件); its title is the item's <see cref="TitlePart"/>.</summary>
internal sealed class PolicyPart : ContentPart, IHasPublicText
{
    [Display(Name = "发文字号")]
    public string DocumentNumber { get; set; } = "";

    [Display(Name = "发布机关")]
    public string IssuingAuthority { get; set; } = "";

    /// <summary><c>yyyy-MM-dd</c>; kept as text so a wrong date gets our own message, not the binder's.</summary>
    [Display(Name = "发布日期")]
    public string IssuedDate { get; set; } = "";

    /// <summary>The date as the public reads it (<c>2017年8月22日</c>), or as entered when it is not a date.</summary>
    [JsonIgnore]
    public string IssuedDateText
        => DateOnly.TryParseExact(IssuedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : IssuedDate;

    [Display(Name = "原文链接")]
    public string OriginalUrl { get; set; } = "";

    public IEnumerable<string> PublicText() => [DocumentNumber, IssuingAuthority, IssuedDateText];
}
