using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Admin.ViewModels;
using Portal.Core.Modules;

namespace Portal.Admin.Controllers;

/// <summary>Lists the features and switches them, with their dependencies, without a restart.</summary>
[RequirePermission(nameof(Permissions.ManageFeatures))]
[Route("admin/features")]
internal sealed class FeaturesController(ModuleCatalog catalog, FeatureState state, FeatureManager features) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        var rows = catalog.Features
            .Select(f => new FeatureRow(
                f,
                state.IsEnabled(f.Id),
                f.Dependencies.Select(d => catalog.Find(d)!.Name).ToList(),
                catalog.Dependents(f.Id).Select(d => d.Name).ToList()))
            .OrderBy(r => r.Feature.Category).ThenBy(r => r.Feature.Name)
            .ToList();
        return View(rows);
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id, CancellationToken cancellationToken)
    {
        var change = await features.EnableAsync([id], cancellationToken);
        Report(change, "已启用");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        var change = await features.DisableAsync(id, cancellationToken);
        Report(change, "已停用");
        return RedirectToAction(nameof(Index));
    }

    private void Report(FeatureChange change, string verb)
    {
        if (!change.Succeeded)
            TempData["Error"] = change.Refusal;
        else if (change.Changed.Count > 0)
            TempData["Success"] = $"{verb}：{string.Join("、", change.Changed.Select(id => catalog.Find(id)!.Name))}。";
    }
}
