using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Security;
using Portal.Core.Recipes;

namespace Portal.Admin.Controllers;

/// <summary>Runs the shipped recipes or an uploaded one; a failing recipe changes nothing and says where it failed.</summary>
[RequirePermission(nameof(Permissions.RunRecipes))]
[Route("admin/recipes")]
internal sealed class RecipesController(RecipeFiles files, RecipeExecutor executor) : Controller
{
    private const long MaxUploadBytes = 1024 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View(files.List());

    [HttpPost("run/{name}")]
    public async Task<IActionResult> Run(string name, CancellationToken cancellationToken)
    {
        Recipe? recipe;
        try
        {
            recipe = files.Find(name);
        }
        catch (RecipeException e)
        {
            return Refuse($"配方文件无效，未作任何更改：{e.Message}");
        }
        return recipe is null ? NotFound() : await ExecuteAsync(recipe, cancellationToken);
    }

    [HttpPost("upload")]
    [RequestSizeLimit(MaxUploadBytes + 16 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return Refuse("请选择要上传的配方文件（.json）。");
        if (file.Length > MaxUploadBytes)
            return Refuse("配方文件不能超过 1 MB。");

        using var reader = new StreamReader(file.OpenReadStream());
        Recipe recipe;
        try
        {
            recipe = Recipe.Parse(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (RecipeException e)
        {
            return Refuse($"配方无效，未作任何更改：{e.Message}");
        }
        return await ExecuteAsync(recipe, cancellationToken);
    }

    private async Task<IActionResult> ExecuteAsync(Recipe recipe, CancellationToken cancellationToken)
    {
        try
        {
            await executor.ExecuteAsync(recipe, cancellationToken);
        }
        catch (RecipeException e)
        {
            return Refuse($"配方 “{recipe.Name}” 未执行，未作任何更改：{e.Message}");
        }
        TempData["Success"] = $"配方 “{(string.IsNullOrWhiteSpace(recipe.DisplayName) ? recipe.Name : recipe.DisplayName)}” 已执行（{recipe.Steps.Count} 个步骤）。";
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult Refuse(string message)
    {
        TempData["Error"] = message;
        return RedirectToAction(nameof(Index));
    }
}
