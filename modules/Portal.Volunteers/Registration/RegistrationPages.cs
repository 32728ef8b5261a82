using Portal.Abstractions.Display;
using Portal.Organization.Contracts;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>A choice of a select or a checkbox list, as the Liquid templates read it.</summary>
internal sealed record Choice(string Value, string Text, bool Selected);

/// <summary>The model of <c>VolunteerRegister.liquid</c>.</summary>
internal sealed record RegisterPage(
    FormToken Token,
    RegistrationForm Form,
    Dictionary<string, string> Errors,
    IReadOnlyList<Choice> IdTypes,
    IReadOnlyList<Choice> Units,
    IReadOnlyList<Choice> Skills,
    IReadOnlyList<AvailabilityRow> Availability)
{
    public int ErrorCount => Errors.Count;

    public static RegisterPage Of(FormToken token, RegistrationForm form, IReadOnlyDictionary<string, string> errors,
        IReadOnlyList<UnitInfo> tree, VolunteerSettings settings, int availability)
        => new(token, form, new Dictionary<string, string>(errors),
            Enum.GetValues<IdType>().Select(t => new Choice(t.ToString(), t.ToChinese(), t.ToString() == form.IdType)).ToList(),
            UnitChoices(tree, form.UnitId),
            settings.Skills.Select(s => new Choice(s, s, form.Skills.Contains(s))).ToList(),
            VolunteerRules.Grid(availability));

    /// <summary>The center, institutes and stations, indented under their parents (service points are not registered at).</summary>
    public static IReadOnlyList<Choice> UnitChoices(IReadOnlyList<UnitInfo> tree, string selected)
    {
        var depth = new Dictionary<int, int>();
        var choices = new List<Choice>();
        foreach (var unit in tree)
        {
            depth[unit.Id] = unit.ParentId is { } p && depth.TryGetValue(p, out var d) ? d + 1 : 0;
            if (unit.Kind != UnitKind.Point)
                choices.Add(new Choice(unit.Id.ToString(), new string('　', depth[unit.Id]) + unit.Name, unit.Id.ToString() == selected));
        }
        return choices;
    }
}

/// <summary>The model of <c>VolunteerRegisterDone.liquid</c>.</summary>
internal sealed record RegisterDonePage(string Number);

/// <summary>The model of <c>VolunteerProfile.liquid</c>.</summary>
internal sealed record ProfilePage(
    FormToken Token,
    ProfileView? Volunteer,
    ProfileForm Form,
    Dictionary<string, string> Errors,
    IReadOnlyList<Choice> Skills,
    IReadOnlyList<AvailabilityRow> Availability,
    bool Saved)
{
    public int ErrorCount => Errors.Count;

    public string FormError => Errors.GetValueOrDefault("") ?? "";
}

/// <summary>What a volunteer sees of their own record: status and reason, number, personal data masked.</summary>
internal sealed record ProfileView(
    string Number,
    string RealName,
    string Status,
    string StatusText,
    string ReviewReason,
    string UnitName,
    string IdTypeName,
    string IdNumberMasked,
    string Gender,
    string BirthDate,
    string MobileMasked,
    string AddressMasked,
    string EmergencyContactName,
    string EmergencyPhoneMasked,
    string Registered,
    string Version)
{
    public static ProfileView Of(Volunteer v, UnitInfo? unit) => new(
        v.Number, v.RealName, v.Status.ToString(), v.Status.ToChinese(), v.Status == VolunteerStatus.Rejected ? v.ReviewReason : "",
        unit?.Name ?? "", v.IdType.ToChinese(), v.IdNumberMasked, v.Gender.ToChinese(), v.BirthDate?.ToString("yyyy-MM-dd") ?? "",
        v.MobileMasked, v.AddressMasked, v.EmergencyContactName, v.EmergencyPhoneMasked,
        ChinaTime.FromUtc(v.RegisteredUtc).ToString("yyyy-MM-dd HH:mm"), v.Version.ToString());
}

internal static class VolunteerStatusNames
{
    public static string ToChinese(this VolunteerStatus status) => status switch
    {
        VolunteerStatus.Pending => "待审核",
        VolunteerStatus.Approved => "已通过",
        _ => "未通过",
    };

    public static string ToChinese(this Gender gender) => gender switch
    {
        Gender.Male => "男",
        Gender.Female => "女",
        _ => "",
    };
}
