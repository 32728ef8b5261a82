using Portal.Abstractions.Validation;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>
/// The checks the registration form and the profile share: contact details, skills from the staff's list, the
/// availability grid. Each failure is a message for one field, keyed by the field's form name.
/// </summary>
internal static class VolunteerRules
{
    public const int MaxNameLength = 32;
    public const int MaxAddressLength = 200;

    public static readonly string[] Days = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    public static readonly string[] Parts = ["上午", "下午", "晚上"];

    public static int SlotCount => Days.Length * Parts.Length;

    public static string Clean(string? value) => (value ?? "").Trim();

    /// <summary>A mobile as stored and hashed: 11 digits, so 138 1234 5678, +86 13812345678 and 13812345678 are one number.</summary>
    public static string NormalizeMobile(string? value) => PhoneNumbers.Normalize(value, PhoneKinds.Mobile);

    /// <summary>An emergency phone as stored: a mobile's 11 digits or a landline as 0510-86860000.</summary>
    public static string NormalizePhone(string? value) => PhoneNumbers.Normalize(value);

    /// <summary>The volunteer's own phone takes SMS and signs in: a mobile only.</summary>
    public static void CheckMobile(string? mobile, IDictionary<string, string> errors, string field = "Mobile")
    {
        var check = PhoneNumbers.Check(mobile, PhoneKinds.Mobile, "手机号码");
        if (check.Empty)
            errors[field] = "请填写手机号码。";
        else if (check.Error is { } error)
            errors[field] = error;
    }

    public static void CheckAddress(string? address, IDictionary<string, string> errors)
    {
        if (Clean(address).Length > MaxAddressLength)
            errors["Address"] = $"住址不超过 {MaxAddressLength} 个字。";
    }

    /// <summary>An emergency contact: a name and a mobile or a landline (0510-86860000).</summary>
    public static void CheckEmergencyContact(string? name, string? phone, IDictionary<string, string> errors, bool phoneRequired = true)
    {
        var cleanName = Clean(name);
        if (cleanName.Length == 0)
            errors["EmergencyContactName"] = "请填写紧急联系人姓名。";
        else if (cleanName.Length > MaxNameLength)
            errors["EmergencyContactName"] = $"紧急联系人姓名不超过 {MaxNameLength} 个字。";

        var check = PhoneNumbers.Check(phone, PhoneKinds.Any, "紧急联系人电话");
        if (check.Empty)
        {
            if (phoneRequired)
                errors["EmergencyContactPhone"] = "请填写紧急联系人电话。";
        }
        else if (check.Error is { } error)
            errors["EmergencyContactPhone"] = error;
    }

    /// <summary>The chosen skills, each one of the staff's list.</summary>
    public static List<string> CheckSkills(IEnumerable<string> chosen, VolunteerSettings settings, IDictionary<string, string> errors)
    {
        var skills = chosen.Select(Clean).Where(s => s.Length > 0).Distinct().ToList();
        var unknown = skills.Where(s => !settings.Skills.Contains(s)).ToList();
        if (unknown.Count > 0)
            errors["Skills"] = $"技能 “{string.Join("、", unknown)}” 不在技能清单中，请从清单中选择。";
        return skills.Where(settings.Skills.Contains).ToList();
    }

    /// <summary>The availability grid's ticked boxes (<c>day * 3 + part</c>) as a bit mask.</summary>
    public static int CheckAvailability(IEnumerable<string> slots, IDictionary<string, string> errors)
    {
        var mask = 0;
        foreach (var slot in slots)
        {
            if (int.TryParse(slot, out var bit) && bit >= 0 && bit < SlotCount)
                mask |= 1 << bit;
            else
                errors["Availability"] = "可服务时间中有无法识别的选项，请重新勾选。";
        }
        return mask;
    }

    /// <summary>The grid for a template: one row per weekday, a cell per part of the day, ticked when set in <paramref name="mask"/>.</summary>
    public static IReadOnlyList<AvailabilityRow> Grid(int mask)
        => Days.Select((day, d) => new AvailabilityRow(day,
            Parts.Select((part, p) => new AvailabilitySlot(d * Parts.Length + p, part, (mask & (1 << (d * Parts.Length + p))) != 0)).ToList())).ToList();

    /// <summary>"周一上午、周三晚上" for the admin.</summary>
    public static string Describe(int mask)
    {
        var slots = Grid(mask).SelectMany(r => r.Slots.Where(s => s.Checked).Select(s => r.Day + s.Part)).ToList();
        return slots.Count == 0 ? "未填写" : string.Join("、", slots);
    }
}

internal sealed record AvailabilityRow(string Day, IReadOnlyList<AvailabilitySlot> Slots);

internal sealed record AvailabilitySlot(int Value, string Part, bool Checked);
