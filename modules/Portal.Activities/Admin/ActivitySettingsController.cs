using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Activities.Services;

namespace Portal.Activities.Admin;

/// <summary>The category list and the farming-season and festival tags staff choose from.</summary>
[RequirePermission(nameof(Permissions.ManageActivitySettings))]
[Route("admin/activities/settings")]
internal sealed class ActivitySettingsController(ISettingsStore settings) : Controller
{
    private static readonly ListSettingRules CategoryRules = new("类别", MaxCount: ActivitySettings.MaxItems, MaxLength: ActivitySettings.MaxItemLength);
    private static readonly ListSettingRules TagRules = new("标签", MaxCount: ActivitySettings.MaxItems, MaxLength: ActivitySettings.MaxItemLength);

    [HttpGet("", Name = ActivityRoutes.AdminSettings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<ActivitySettings>(ActivitySettings.Key, cancellationToken) ?? new ActivitySettings();
        return View(new ActivitySettingsForm { Categories = ListSetting.ToText(current.Categories), Tags = ListSetting.ToText(current.Tags) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ActivitySettingsForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var categories = ListSetting.Parse(form.Categories, CategoryRules);
        var tags = ListSetting.Parse(form.Tags, TagRules);
        if (categories.Error is { } categoryError)
            ModelState.AddModelError(nameof(form.Categories), categoryError);
        if (tags.Error is { } tagError)
            ModelState.AddModelError(nameof(form.Tags), tagError);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        await settings.SetAsync(ActivitySettings.Key, new ActivitySettings { Categories = categories.Items.ToList(), Tags = tags.Items.ToList() }, cancellationToken);
        TempData["Success"] = "已保存活动设置。" + categories.DuplicatesNote(CategoryRules) + tags.DuplicatesNote(TagRules);
        return RedirectToRoute(ActivityRoutes.AdminSettings);
    }
}

internal sealed class ActivitySettingsForm
{
    public string? Categories { get; set; }

    public string? Tags { get; set; }
}
