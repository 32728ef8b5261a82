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
    [HttpGet("", Name = ResourceRoutes.AdminSettings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<ResourceSettings>(ResourceSettings.Key, cancellationToken) ?? new ResourceSettings();
        return View(new ResourceSettingsForm { VenueKinds = string.Join("\n", current.VenueKinds), OtherKinds = string.Join("\n", current.OtherKinds) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ResourceSettingsForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var venues = Lines(form.VenueKinds);
        var others = Lines(form.OtherKinds);
        if (venues.Count + others.Count == 0)
            ModelState.AddModelError(nameof(form.VenueKinds), "请至少填写一个资源类别，每行一个。");
        foreach (var (field, list) in new[] { (nameof(form.VenueKinds), venues), (nameof(form.OtherKinds), others) })
        {
            if (list.Count > ResourceSettings.MaxItems || list.Any(k => k.Length > ResourceSettings.MaxItemLength))
                ModelState.AddModelError(field, $"类别最多 {ResourceSettings.MaxItems} 个，每个不超过 {ResourceSettings.MaxItemLength} 个字。");
        }
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
        TempData["Success"] = "已保存资源类别。";
        return RedirectToRoute(ResourceRoutes.AdminSettings);
    }

    private static List<string> Lines(string? text) => (text ?? "").Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
}

internal sealed class ResourceSettingsForm
{
    public string? VenueKinds { get; set; }

    public string? OtherKinds { get; set; }
}
