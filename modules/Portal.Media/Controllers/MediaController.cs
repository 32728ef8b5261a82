using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Media.Contracts;
using Portal.Media.Models;
using Portal.Media.Services;
using Portal.Media.ViewModels;

namespace Portal.Media.Controllers;

/// <summary>The media library in the admin. Authors and contributors see and change only their own uploads.</summary>
[RequirePermission(nameof(Permissions.ManageOwnMedia))]
[Route("admin/media")]
internal sealed class MediaController(
    IAuthorizationService authorization,
    MediaService media,
    MediaUploader uploader,
    IOptions<MediaOptions> options) : Controller
{
    [HttpGet("", Name = MediaRoutes.Library)]
    public async Task<IActionResult> Index(string? kind, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ParseKind(kind);
        var everyone = await ManagesAllAsync();
        var result = await media.ListAsync(new MediaQuery(filter, q, everyone ? null : User.UserId()), page, cancellationToken);
        return View(new MediaIndexPage(result, filter, q, everyone, options.Value));
    }

    [HttpPost("")]
    [UploadBodyLimit(manyFiles: true)]
    public async Task<IActionResult> Upload(List<IFormFile> files, string? alt, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
            TempData["Error"] = "请选择要上传的文件。";
        else if (files.Count > options.Value.MaxFilesPerPost)
            TempData["Error"] = $"一次最多上传 {options.Value.MaxFilesPerPost} 个文件。";
        else
            await UploadAllAsync(files, alt, cancellationToken);
        return RedirectToRoute(MediaRoutes.Library);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (file, denied) = await LoadForChangeAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        return View(new MediaEditPage(file, MediaLibrary.ToInfo(file)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, string? alt, CancellationToken cancellationToken)
    {
        var (file, denied) = await LoadForChangeAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        var problem = await media.UpdateAltAsync(id, alt, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError("Alt", problem);
            file.Alt = alt ?? "";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new MediaEditPage(file, MediaLibrary.ToInfo(file)));
        }
        TempData["Success"] = $"已保存 “{file.OriginalName}” 的替代文字。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var (file, denied) = await LoadForChangeAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        return View(new MediaEditPage(file, MediaLibrary.ToInfo(file)));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var (file, denied) = await LoadForChangeAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        await media.DeleteAsync(id, cancellationToken);
        TempData["Success"] = $"已删除 “{file.OriginalName}”。";
        return RedirectToRoute(MediaRoutes.Library);
    }

    private async Task UploadAllAsync(List<IFormFile> files, string? alt, CancellationToken cancellationToken)
    {
        var saved = new List<string>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var result = await uploader.UploadAsync(file.FileName, content, alt, User.AsUploader(), cancellationToken);
            if (result.Succeeded)
                saved.Add($"“{result.File!.OriginalName}”");
            else
                problems.Add(result.Error!);
        }
        if (saved.Count > 0)
            TempData["Success"] = $"已上传 {string.Join("、", saved)}。";
        if (problems.Count > 0)
            TempData["Error"] = string.Join(" ", problems);
    }

    private Task<bool> ManagesAllAsync() => authorization.AuthorizeAsync(User, Permissions.ManageMedia);

    /// <summary>The file, or why the user may not change it (missing: 404, someone else's: 403).</summary>
    private async Task<(MediaFile File, IActionResult? Denied)> LoadForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var file = await media.FindAsync(id, cancellationToken);
        if (file is null)
            return (null!, NotFound());
        return await MayChangeAsync(file) ? (file, null) : (file, Forbid());
    }

    private async Task<bool> MayChangeAsync(MediaFile file) => file.UploadedById == User.UserId() || await ManagesAllAsync();

    private static MediaKind? ParseKind(string? kind)
        => Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
