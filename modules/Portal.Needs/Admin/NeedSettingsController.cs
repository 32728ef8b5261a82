using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Needs.Services;

namespace Portal.Needs.Admin;

/// <summary>The categories residents choose from and the deadline of each step.</summary>
[RequirePermission(nameof(Permissions.ManageNeedSettings))]
[Route("admin/needs/settings")]
internal sealed class NeedSettingsController(ISettingsStore settings) : Controller
{
    private static readonly ListSettingRules CategoryRules = new("服务类别", MaxCount: NeedSettings.MaxItems, MaxLength: NeedSettings.MaxItemLength);

    [HttpGet("", Name = NeedRoutes.AdminSettings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<NeedSettings>(NeedSettings.Key, cancellationToken) ?? new NeedSettings();
        return View(NeedSettingsForm.From(current));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(NeedSettingsForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var categories = ListSetting.Parse(form.Categories, CategoryRules);
        if (categories.Error is { } error)
            ModelState.AddModelError(nameof(form.Categories), error);
        var hours = new[] { (nameof(form.ReviewHours), form.ReviewHours), (nameof(form.DispatchHours), form.DispatchHours),
            (nameof(form.AcceptHours), form.AcceptHours), (nameof(form.ServeHours), form.ServeHours) }
            .Select(x => (x.Item1, Value: int.TryParse(x.Item2, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is > 0 and <= NeedSettings.MaxHours ? h : 0))
            .ToDictionary(x => x.Item1, x => x.Value);
        foreach (var (field, _) in hours.Where(h => h.Value == 0))
            ModelState.AddModelError(field, $"时限应为 1 至 {NeedSettings.MaxHours} 之间的整数（小时）。");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        await settings.SetAsync(NeedSettings.Key, new NeedSettings
        {
            Categories = categories.Items.ToList(),
            ReviewHours = hours[nameof(form.ReviewHours)],
            DispatchHours = hours[nameof(form.DispatchHours)],
            AcceptHours = hours[nameof(form.AcceptHours)],
            ServeHours = hours[nameof(form.ServeHours)],
        }, cancellationToken);
        TempData["Success"] = "已保存点单设置。" + categories.DuplicatesNote(CategoryRules);
        return RedirectToRoute(NeedRoutes.AdminSettings);
    }
}

internal sealed class NeedSettingsForm
{
    public string? Categories { get; set; }

    public string? ReviewHours { get; set; }

    public string? DispatchHours { get; set; }

    public string? AcceptHours { get; set; }

    public string? ServeHours { get; set; }

    public static NeedSettingsForm From(NeedSettings s) => new()
    {
        Categories = ListSetting.ToText(s.Categories),
        ReviewHours = s.ReviewHours.ToString(CultureInfo.InvariantCulture),
        DispatchHours = s.DispatchHours.ToString(CultureInfo.InvariantCulture),
        AcceptHours = s.AcceptHours.ToString(CultureInfo.InvariantCulture),
        ServeHours = s.ServeHours.ToString(CultureInfo.InvariantCulture),
    };
}
