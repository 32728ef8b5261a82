using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Search.Querying;

namespace Portal.Search.Controllers;

/// <summary>The synonym groups applied to every query (义工 ⇄ 志愿者), one group per line.</summary>
[RequirePermission(nameof(Permissions.EditSearchSynonyms))]
[Route("admin/search/synonyms")]
internal sealed class SynonymsController(ISettingsStore settings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<SynonymSettings>(SynonymSettings.Key, cancellationToken) ?? new SynonymSettings();
        return View(new SynonymsForm(current.ToText(), []));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(string? text, CancellationToken cancellationToken)
    {
        var (parsed, errors) = SynonymSettings.Parse(text);
        if (errors.Count > 0)
            return View(nameof(Index), new SynonymsForm(text ?? "", errors));

        await settings.SetAsync(SynonymSettings.Key, parsed, cancellationToken);
        TempData["Success"] = $"已保存 {parsed.Groups.Count} 组同义词，检索时立即生效。";
        return RedirectToAction(nameof(Index));
    }
}

internal sealed record SynonymsForm(string Text, IReadOnlyList<string> Errors);
