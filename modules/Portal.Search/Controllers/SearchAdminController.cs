using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Controllers;

/// <summary>The indexes: every node's copy with its checkpoint, lag and documents, rebuild with progress, analysis per index.</summary>
[RequirePermission(nameof(Permissions.ManageSearchIndexes))]
[Route("admin/search")]
internal sealed class SearchAdminController(SearchIndexAdmin indexes) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View(await indexes.StatusAsync(cancellationToken));

    /// <summary>The same status as JSON; the page polls it while a rebuild runs.</summary>
    [HttpGet("status")]
    public async Task<IActionResult> Status(CancellationToken cancellationToken)
        => Json(await indexes.StatusAsync(cancellationToken));

    [HttpPost("{name}/rebuild")]
    public async Task<IActionResult> Rebuild(string name, CancellationToken cancellationToken)
        => Done(await indexes.RequestRebuildAsync(name, cancellationToken), $"已要求各节点重建索引“{name}”，进度见下表。");

    [HttpPost("{name}/analysis")]
    public async Task<IActionResult> Analysis(string name, string? analysis, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AnalysisKind>(analysis, out var kind) || !Enum.IsDefined(kind))
            return Done("请选择一种分词方式。", null);
        return Done(await indexes.SetAnalysisAsync(name, kind, cancellationToken), $"索引“{name}”改用{kind.ToChinese()}，各节点将重建。");
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(string? name, string? analysis, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AnalysisKind>(analysis, out var kind) || !Enum.IsDefined(kind))
            return Done("请选择一种分词方式。", null);
        return Done(await indexes.CreateAsync(name, kind, cancellationToken), $"已新建索引“{name?.Trim()}”，各节点将建立它。");
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
        => Done(await indexes.DeleteAsync(name, cancellationToken), $"已删除索引“{name}”。");

    private RedirectToActionResult Done(string? error, string? success)
    {
        if (error is not null)
            TempData["Error"] = error;
        else
            TempData["Success"] = success;
        return RedirectToAction(nameof(Index));
    }
}
