using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Security;
using Portal.Contents.ViewModels;

namespace Portal.Contents.Controllers;

/// <summary>Content types in the admin: which parts a type is made of and which fields it has.</summary>
[Authorize]
[RequirePermission(nameof(Permissions.ManageContentTypes))]
[Route("admin/content-types")]
internal sealed class ContentTypesController(IContentDefinitionStore definitions, IEnumerable<ContentPartDescriptor> parts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View(await definitions.ListTypesAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", Page(new ContentTypeForm(), isNew: true));

    [HttpPost("new")]
    public async Task<IActionResult> Create(ContentTypeForm form, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(form.Name ?? "", cancellationToken) is not null)
            ModelState.AddModelError(nameof(form.Name), $"已有名为 {form.Name} 的类型。");
        return await SaveAsync(form, isNew: true, cancellationToken);
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
        => await definitions.GetTypeAsync(name, cancellationToken) is { } type
            ? View(Page(ContentTypeForm.From(type), isNew: false))
            : NotFound();

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, ContentTypeForm form, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is null)
            return NotFound();
        form.Name = name;
        return await SaveAsync(form, isNew: false, cancellationToken);
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        var problem = await definitions.DeleteTypeAsync(name, cancellationToken);
        TempData[problem is null ? "Message" : "Error"] = problem?.Message ?? $"已删除类型 {name}。";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(ContentTypeForm form, bool isNew, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var errors = await definitions.SaveTypeAsync(form.ToDefinition(), cancellationToken);
            foreach (var error in errors)
                ModelState.AddModelError(error.Key, error.Message);
            if (errors.Count == 0)
            {
                TempData["Message"] = $"已保存类型 {form.DisplayName}。";
                return RedirectToAction(nameof(Edit), new { name = form.Name });
            }
        }
        return View("Edit", Page(form, isNew));
    }

    private ContentTypePage Page(ContentTypeForm form, bool isNew) => new(form, parts.OrderBy(p => p.Name).ToList(), isNew);
}
