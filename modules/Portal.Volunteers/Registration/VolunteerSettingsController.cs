using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>The rules staff tune: the skill list, the star thresholds, points per hour, the most hours a claim may give one day.</summary>
[RequirePermission(nameof(Permissions.ManageVolunteerSettings))]
[Route("admin/volunteers/settings")]
internal sealed class VolunteerSettingsController(ISettingsStore settings) : Controller
{
    public const int MaxSkills = 100;
    public const int MaxSkillLength = 32;

    [HttpGet("", Name = RegistrationRoutes.Settings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View(VolunteerSettingsForm.From(await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, cancellationToken) ?? new VolunteerSettings()));

    [HttpPost("")]
    public async Task<IActionResult> Index(VolunteerSettingsForm form, CancellationToken cancellationToken)
    {
        var (parsed, note) = Validate(form);
        if (!ModelState.IsValid || parsed is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        await settings.SetAsync(VolunteerSettings.Key, parsed, cancellationToken);
        TempData["Success"] = "已保存志愿者设置。" + note;
        return RedirectToRoute(RegistrationRoutes.Settings);
    }

    private static readonly ListSettingRules SkillRules = new("技能", "项", MaxCount: MaxSkills, MaxLength: MaxSkillLength);

    /// <summary>The settings to save and a note on dropped repeats, or null with the messages in the model state.</summary>
    private (VolunteerSettings? Settings, string Note) Validate(VolunteerSettingsForm form)
    {
        // Model binding of the text fields cannot fail; the messages below are the only ones.
        ModelState.Clear();
        var skillList = ListSetting.Parse(form.Skills, SkillRules);
        if (skillList.Error is { } skillError)
            ModelState.AddModelError(nameof(form.Skills), skillError);
        var skills = skillList.Items.ToList();

        var thresholds = new List<decimal>();
        for (var i = 0; i < 5; i++)
        {
            var text = i < form.StarThresholds.Count ? form.StarThresholds[i] : null;
            if (!TryNumber(text, out var value) || value <= 0)
            {
                ModelState.AddModelError($"StarThresholds[{i}]", $"{i + 1} 星的门槛应为大于 0 的小时数。");
                continue;
            }
            if (thresholds.Count == i && i > 0 && value <= thresholds[i - 1])
                ModelState.AddModelError($"StarThresholds[{i}]", $"{i + 1} 星的门槛应大于 {i} 星的门槛（{thresholds[i - 1]} 小时）。");
            thresholds.Add(value);
        }

        if (!TryNumber(form.PointsPerHour, out var points) || points < 0 || points > 1000)
            ModelState.AddModelError(nameof(form.PointsPerHour), "每小时积分应为 0 至 1000 之间的数。");
        if (!TryNumber(form.MaxHoursPerDay, out var maxHours) || maxHours <= 0 || maxHours > 24)
            ModelState.AddModelError(nameof(form.MaxHoursPerDay), "每天最多时长应大于 0 且不超过 24 小时。");

        return ModelState.IsValid
            ? (new VolunteerSettings { Skills = skills, StarThresholds = thresholds, PointsPerHour = points, MaxHoursPerDay = maxHours }, skillList.DuplicatesNote(SkillRules))
            : (null, "");
    }

    private static bool TryNumber(string? text, out decimal value)
        => decimal.TryParse((text ?? "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value) && value == Math.Round(value, 2);
}

internal sealed class VolunteerSettingsForm
{
    public string? Skills { get; set; }

    public List<string?> StarThresholds { get; set; } = [];

    public string? PointsPerHour { get; set; }

    public string? MaxHoursPerDay { get; set; }

    public static VolunteerSettingsForm From(VolunteerSettings settings) => new()
    {
        Skills = ListSetting.ToText(settings.Skills),
        StarThresholds = settings.StarThresholds.Select(t => (string?)t.ToString(CultureInfo.InvariantCulture)).ToList(),
        PointsPerHour = settings.PointsPerHour.ToString(CultureInfo.InvariantCulture),
        MaxHoursPerDay = settings.MaxHoursPerDay.ToString(CultureInfo.InvariantCulture),
    };
}
