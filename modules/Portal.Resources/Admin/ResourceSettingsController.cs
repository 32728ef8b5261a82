using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Resources.Data;
using Portal.Resources.Services;

namespace Portal.Resources.Admin;

/// <summary>The kinds staff choose from: venues (listed on the public venues page) and the others.</summary>
[RequirePermission(nameof(Permissions.ManageResourceSettings))]
[Route("admin/resources/settings")]
internal sealed class ResourceSettingsController(ISettingsStore settings, ResourcesDbContext db, ResourceService resources, IUnitOfWork unitOfWork) : Controller
{
    private static readonly ListSettingRules VenueRules = new("场所类别", Required: false, MaxCount: ResourceSettings.MaxItems, MaxLength: ResourceSettings.MaxItemLength);
    private static readonly ListSettingRules OtherRules = new("其他类别", Required: false, MaxCount: ResourceSettings.MaxItems, MaxLength: ResourceSettings.MaxItemLength);

    [HttpGet("", Name = ResourceRoutes.AdminSettings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<ResourceSettings>(ResourceSettings.Key, cancellationToken) ?? new ResourceSettings();
        return View(new ResourceSettingsForm { VenueKinds = ListSetting.ToText(current.VenueKinds), OtherKinds = ListSetting.ToText(current.OtherKinds) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ResourceSettingsForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var venueList = ListSetting.Parse(form.VenueKinds, VenueRules);
        var otherList = ListSetting.Parse(form.OtherKinds, OtherRules);
        var (venues, others) = (venueList.Items.ToList(), otherList.Items.ToList());
        if (venues.Count + others.Count == 0)
            ModelState.AddModelError(nameof(form.VenueKinds), "请至少填写一个资源类别，每行一个。");
        if (venueList.Error is { } venueError)
            ModelState.AddModelError(nameof(form.VenueKinds), venueError);
        if (otherList.Error is { } otherError)
            ModelState.AddModelError(nameof(form.OtherKinds), otherError);
        if (venues.Intersect(others).FirstOrDefault() is { } both)
            ModelState.AddModelError(nameof(form.OtherKinds), $"“{both}”同时出现在两栏中，请只保留一处。");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        var before = await settings.GetAsync<ResourceSettings>(ResourceSettings.Key, cancellationToken) ?? new ResourceSettings();
        // A kind that becomes (or stops being) a venue moves its public resources onto (or off) the venues page and search.
        var moved = before.VenueKinds.Except(venues).Concat(venues.Except(before.VenueKinds)).ToList();
        await unitOfWork.ExecuteAsync(async ct =>
        {
            await settings.SetAsync(ResourceSettings.Key, new ResourceSettings { VenueKinds = venues, OtherKinds = others }, ct);
            foreach (var id in await db.Resources.Where(r => moved.Contains(r.Kind)).Select(r => r.Id).ToListAsync(ct))
                resources.Notify(id);
        }, cancellationToken);
        TempData["Success"] = "已保存资源类别。" + venueList.DuplicatesNote(VenueRules) + otherList.DuplicatesNote(OtherRules);
        return RedirectToRoute(ResourceRoutes.AdminSettings);
    }
}

internal sealed class ResourceSettingsForm
{
    public string? VenueKinds { get; set; }

    public string? OtherKinds { get; set; }
}
