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
    [HttpGet("", Name = ActivityRoutes.AdminSettings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<ActivitySettings>(ActivitySettings.Key, cancellationToken) ?? new ActivitySettings();
        return View(new ActivitySettingsForm { Categories = string.Join("\n", current.Categories), Tags = string.Join("\n", current.Tags) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ActivitySettingsForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var categories = ReadList(form.Categories, nameof(form.Categories), "类别");
        var tags = ReadList(form.Tags, nameof(form.Tags), "标签");
        if (categories is null || tags is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        await settings.SetAsync(ActivitySettings.Key, new ActivitySettings { Categories = categories, Tags = tags }, cancellationToken);
        TempData["Success"] = "已保存活动设置。";
        return RedirectToRoute(ActivityRoutes.AdminSettings);
    }

    /// <summary>One item a line; null (with a message on the field) when the list is empty, too long, or repeats itself.</summary>
    private List<string>? ReadList(string? text, string field, string label)
    {
        var items = (text ?? "").Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        string? problem = null;
        if (items.Count == 0)
            problem = $"请至少填写一个{label}，每行一个。";
        else if (items.Count > ActivitySettings.MaxItems)
            problem = $"{label}最多 {ActivitySettings.MaxItems} 个。";
        else if (items.FirstOrDefault(s => s.Length > ActivitySettings.MaxItemLength) is { } tooLong)
            problem = $"{label} “{tooLong[..ActivitySettings.MaxItemLength]}…” 太长：每个不超过 {ActivitySettings.MaxItemLength} 个字。";
        else if (items.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            problem = $"{label} “{repeated.Key}” 重复了。";
        if (problem is null)
            return items;
        ModelState.AddModelError(field, problem);
        return null;
    }
}

internal sealed class ActivitySettingsForm
{
    public string? Categories { get; set; }

    public string? Tags { get; set; }
}
