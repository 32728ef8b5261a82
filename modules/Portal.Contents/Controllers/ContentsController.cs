using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Contents.Services;
using Portal.Contents.ViewModels;
using ContentResult = Portal.Abstractions.Contents.ContentResult;

namespace Portal.Contents.Controllers;

/// <summary>
/// Writing and publishing in the admin. Whether a user may act on an item depends on who owns it,
/// so each action checks with <see cref="ContentAuthorization"/> rather than with an attribute.
/// </summary>
[Authorize]
[Route("admin/contents")]
internal sealed class ContentsController(
    IContentManager contents,
    IContentDefinitionStore definitions,
    IContentDisplay display,
    IEnumerable<IContentPartEditor> editors,
    IEnumerable<ContentPartDescriptor> parts,
    ContentAuthorization authorization) : Controller, IContentUpdater
{
    private const int PageSize = 20;

    [HttpGet("", Name = ContentsRoutes.AdminList)]
    public Task<IActionResult> Index(string? type, string? q, int? page, CancellationToken cancellationToken)
        => ListAsync(type, q, page, inBin: false, cancellationToken);

    [HttpGet("bin")]
    public Task<IActionResult> Bin(string? type, string? q, int? page, CancellationToken cancellationToken)
        => ListAsync(type, q, page, inBin: true, cancellationToken);

    [HttpGet("new/{type}")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetTypeAsync(type, cancellationToken);
        if (definition is not { Creatable: true })
            return NotFound();
        if (!await authorization.CanCreateAsync(User))
            return Forbid();
        return View("Edit", await EditPageAsync(await contents.NewAsync(type, cancellationToken), definition, cancellationToken));
    }

    [HttpPost("new/{type}")]
    public async Task<IActionResult> Create(string type, string? submit, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetTypeAsync(type, cancellationToken);
        if (definition is not { Creatable: true })
            return NotFound();
        if (!await authorization.CanCreateAsync(User))
            return Forbid();
        var action = SaveActionOf(submit);
        if (action == SaveAction.Publish && !await authorization.CanPublishAsync(User, CurrentUserId))
            return Forbid();
        return await SaveAsync(await contents.NewAsync(type, cancellationToken), definition, action, submit, cancellationToken);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var (item, definition, denied) = await LoadForEditAsync(id, cancellationToken);
        return denied ?? View(await EditPageAsync(item!, definition!, cancellationToken));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, string? stamp, string? submit, CancellationToken cancellationToken)
    {
        var (item, definition, denied) = await LoadForEditAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        var action = SaveActionOf(submit);
        if (action == SaveAction.Publish && !await authorization.CanPublishAsync(User, item!.Owner))
            return Forbid();
        // The stamp the editor loaded, not the current one: a stale form must be refused.
        item!.Stamp = stamp ?? "";
        return await SaveAsync(item, definition!, action, submit, cancellationToken);
    }

    [HttpGet("{id}/preview")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var (item, _, denied) = await LoadForEditAsync(id, cancellationToken);
        return denied ?? await PreviewAsync(item!, $"预览（草稿第 {item!.Number} 版）", cancellationToken);
    }

    [HttpGet("{id}/versions/{versionId}")]
    public async Task<IActionResult> Version(string id, string versionId, CancellationToken cancellationToken)
    {
        var (_, _, denied) = await LoadForEditAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        var version = await contents.GetVersionAsync(versionId, cancellationToken);
        if (version is null || version.ContentItemId != id)
            return NotFound();
        return await PreviewAsync(version, $"历史版本（第 {version.Number} 版）", cancellationToken);
    }

    [HttpPost("{id}/publish")]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken)
        => ActAsync(id, authorization.CanPublishAsync, () => contents.PublishAsync(id, cancellationToken), "已发布。", cancellationToken);

    [HttpPost("{id}/unpublish")]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken)
        => ActAsync(id, authorization.CanPublishAsync, () => contents.UnpublishAsync(id, cancellationToken), "已撤销发布，公众不再能看到。", cancellationToken);

    [HttpPost("{id}/schedule")]
    public async Task<IActionResult> Schedule(string id, string? publishAt, string? unpublishAt, CancellationToken cancellationToken)
    {
        if (!TryParseChinaTime(publishAt, out var publishUtc) || !TryParseChinaTime(unpublishAt, out var unpublishUtc))
        {
            TempData["Error"] = "时间格式不正确，请用日期时间选择器填写，例如 2026-12-01 09:00。";
            return RedirectToAction(nameof(Edit), new { id });
        }
        return await ActAsync(id, authorization.CanPublishAsync, () => contents.ScheduleAsync(id, publishUtc, unpublishUtc, cancellationToken),
            publishUtc is null && unpublishUtc is null ? "已取消定时。" : "已设置定时发布/撤销。", cancellationToken);
    }

    [HttpPost("{id}/delete")]
    public Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
        => ActAsync(id, authorization.CanDeleteAsync, () => contents.RemoveAsync(id, cancellationToken), "已移入回收站，可在回收站恢复。", cancellationToken,
            then: nameof(Index));

    [HttpPost("{id}/restore")]
    public Task<IActionResult> Restore(string id, CancellationToken cancellationToken)
        => ActAsync(id, authorization.CanDeleteAsync, () => contents.RestoreAsync(id, cancellationToken), "已从回收站恢复为草稿。", cancellationToken);

    [HttpGet("{id}/history")]
    public async Task<IActionResult> History(string id, CancellationToken cancellationToken)
    {
        var (item, _, denied) = await LoadForEditAsync(id, cancellationToken, allowDeleted: true);
        if (denied is not null)
            return denied;
        var state = (await contents.GetStateAsync(id, cancellationToken))!;
        return View(new ContentHistoryPage(item!, state, await contents.GetVersionsAsync(id, cancellationToken),
            await contents.GetAuditTrailAsync(id, 0, 200, cancellationToken), state.DeletedUtc is null));
    }

    [HttpPost("{id}/history/{versionId}/restore")]
    public Task<IActionResult> RestoreVersion(string id, string versionId, CancellationToken cancellationToken)
        => ActAsync(id, authorization.CanEditAsync, () => contents.RestoreVersionAsync(id, versionId, cancellationToken),
            "已把该历史版本恢复为新的草稿；发布后公众才能看到。", cancellationToken);

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(int? page, CancellationToken cancellationToken)
    {
        if (!await authorization.CanViewAuditAsync(User))
            return Forbid();
        var number = Pager.Normalize(page);
        var entries = await contents.GetAuditTrailAsync(null, (number - 1) * 50, 51, cancellationToken);
        return View(new ContentAuditPage(entries.Take(50).ToList(), number, entries.Count > 50));
    }

    async Task<bool> IContentUpdater.TryUpdateModelAsync<TModel>(TModel model, string prefix) => await TryUpdateModelAsync(model, prefix);

    private async Task<IActionResult> ListAsync(string? type, string? q, int? page, bool inBin, CancellationToken cancellationToken)
    {
        if (!await authorization.CanCreateAsync(User))
            return Forbid();
        var types = await definitions.ListTypesAsync(cancellationToken);
        var number = Pager.Normalize(page);
        var seesAll = await authorization.SeesAllAsync(User);
        var result = await contents.QueryAsync(new ContentQuery
        {
            Types = string.IsNullOrEmpty(type) ? [] : [type],
            Status = inBin ? ContentStatus.Deleted : ContentStatus.Any,
            Owner = seesAll ? null : CurrentUserId,
            Text = q,
            Order = ContentOrder.Modified,
            Skip = (number - 1) * PageSize,
            Take = PageSize,
        }, cancellationToken);

        var states = await contents.GetStatesAsync(result.Items.Select(i => i.ContentItemId), cancellationToken);
        var rows = new List<ContentRow>();
        foreach (var item in result.Items)
        {
            var state = states[item.ContentItemId];
            rows.Add(new ContentRow(item, types.FirstOrDefault(t => t.Name == item.ContentType)?.DisplayName ?? item.ContentType, state,
                await authorization.CanEditAsync(User, item.Owner),
                await authorization.CanPublishAsync(User, item.Owner),
                await authorization.CanDeleteAsync(User, item.Owner)));
        }
        var baseUrl = Url.Action(inBin ? nameof(Bin) : nameof(Index), new { type, q }) ?? "/admin/contents";
        return View("Index", new ContentListPage(rows, types, types.Where(t => t.Creatable).ToList(), type, q,
            new Pager(number, PageSize, result.Total, baseUrl), inBin));
    }

    private async Task<IActionResult> SaveAsync(ContentItem item, ContentTypeDefinition definition, SaveAction action, string? submit, CancellationToken cancellationToken)
    {
        foreach (var typePart in definition.Parts.Where(p => !p.HidesEditor))
            if (Editor(typePart.Name) is { } editor)
                await editor.UpdateAsync(item, typePart, this, cancellationToken);
        ReadFields(item, definition);

        if (ModelState.IsValid)
        {
            var result = await contents.SaveAsync(item, action, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = action == SaveAction.Publish ? "已保存并发布。" : "草稿已保存。";
                return submit == "preview"
                    ? RedirectToAction(nameof(Preview), new { id = result.Item!.ContentItemId })
                    : RedirectToAction(nameof(Edit), new { id = result.Item!.ContentItemId });
            }
            // The engine keys a field's problem "{Type}.{Field}"; the form names the field "Fields.{Field}".
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Key.StartsWith(definition.Name + ".", StringComparison.Ordinal)
                    ? "Fields." + error.Key[(definition.Name.Length + 1)..] : error.Key, error.Message);
        }
        return View("Edit", await EditPageAsync(item, definition, cancellationToken));
    }

    /// <summary>Generic fields are posted as <c>Fields.{Name}</c> (a link as <c>.Url</c> and <c>.Text</c>).</summary>
    private void ReadFields(ContentItem item, ContentTypeDefinition definition)
    {
        var fields = item.Fields;
        foreach (var field in definition.Fields)
        {
            var key = $"Fields.{field.Name}";
            var posted = Request.Form[key].ToString().Trim();
            switch (field.Kind)
            {
                case ContentFieldKind.Number:
                    if (posted.Length == 0)
                        fields.Remove(field.Name);
                    else if (decimal.TryParse(posted, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                        fields[field.Name] = number;
                    else
                    {
                        fields[field.Name] = posted;
                        ModelState.AddModelError(key, $"{field.DisplayName}应为数字。");
                    }
                    break;
                case ContentFieldKind.Boolean:
                    fields[field.Name] = Request.Form[key].Contains("true");
                    break;
                case ContentFieldKind.Link:
                    var url = Request.Form[key + ".Url"].ToString().Trim();
                    fields[field.Name] = url.Length == 0 ? null
                        : new JsonObject { ["url"] = url, ["text"] = Request.Form[key + ".Text"].ToString().Trim() };
                    break;
                default:
                    fields[field.Name] = posted;
                    break;
            }
        }
    }

    private async Task<ContentEditPage> EditPageAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        var partViews = new List<PartEditorView>();
        foreach (var typePart in definition.Parts.Where(p => !p.HidesEditor))
            if (Editor(typePart.Name) is { } editor)
                partViews.Add(new PartEditorView(editor, await editor.BuildEditorAsync(item, typePart, cancellationToken),
                    parts.FirstOrDefault(p => p.Name == typePart.Name)?.DisplayName ?? typePart.Name));

        var fieldViews = definition.Fields.Select(f =>
        {
            var value = item.Fields[f.Name];
            return f.Kind == ContentFieldKind.Link
                ? new FieldEditorView(f, value?["url"]?.ToString() ?? "", value?["text"]?.ToString() ?? "")
                : new FieldEditorView(f, value?.ToString() ?? "", "");
        }).ToList();

        var pickers = new Dictionary<string, IReadOnlyList<ContentItem>>();
        foreach (var field in definition.Fields.Where(f => f.Kind == ContentFieldKind.ContentPicker))
            pickers[field.Name] = (await contents.QueryAsync(new ContentQuery { Types = field.PickTypes, Status = ContentStatus.Any, Take = 200 }, cancellationToken)).Items;

        var isNew = string.IsNullOrEmpty(item.ContentItemVersionId);
        var owner = isNew ? CurrentUserId : item.Owner;
        return new ContentEditPage
        {
            Item = item,
            Type = definition,
            Parts = partViews,
            Fields = fieldViews,
            State = isNew ? null : await contents.GetStateAsync(item.ContentItemId, cancellationToken),
            CanPublish = await authorization.CanPublishAsync(User, owner),
            CanDelete = !isNew && await authorization.CanDeleteAsync(User, owner),
            PublicUrl = display.UrlOf(item),
            PickerChoices = pickers,
        };
    }

    private async Task<(ContentItem? Item, ContentTypeDefinition? Type, IActionResult? Denied)> LoadForEditAsync(
        string id, CancellationToken cancellationToken, bool allowDeleted = false)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null)
            return (null, null, NotFound());
        if (!await authorization.CanEditAsync(User, item.Owner))
            return (null, null, Forbid());
        if (!allowDeleted && (await contents.GetStateAsync(id, cancellationToken))?.DeletedUtc is not null)
        {
            TempData["Error"] = "这条内容在回收站中，请先恢复。";
            return (null, null, RedirectToAction(nameof(History), new { id }));
        }
        var definition = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        return definition is null ? (null, null, NotFound()) : (item, definition, null);
    }

    private async Task<IActionResult> ActAsync(string id, Func<System.Security.Claims.ClaimsPrincipal, string, Task<bool>> allowed,
        Func<Task<ContentResult>> change, string success, CancellationToken cancellationToken, string then = nameof(Edit))
    {
        var state = await contents.GetStateAsync(id, cancellationToken);
        if (state is null)
            return NotFound();
        if (!await allowed(User, state.Owner))
            return Forbid();
        var result = await change();
        if (result.Succeeded)
            TempData["Message"] = success;
        else
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Message));
        if (result.Succeeded && then == nameof(Index))
            return RedirectToAction(nameof(Index));
        var inBin = (await contents.GetStateAsync(id, cancellationToken))?.DeletedUtc is not null;
        return RedirectToAction(inBin ? nameof(History) : nameof(Edit), new { id });
    }

    private async Task<IActionResult> PreviewAsync(ContentItem item, string label, CancellationToken cancellationToken)
    {
        var view = await display.BuildAsync(item, "Detail", cancellationToken);
        view.Data["Preview"] = label;
        Response.Headers["X-Robots-Tag"] = "noindex";
        var page = Pages.Render(new Shape("Content", view) { Alternates = [$"Content-{item.ContentType}"] }, $"【{label}】{item.DisplayText}");
        return new PageActionResult(page);
    }

    private IContentPartEditor? Editor(string partName) => editors.FirstOrDefault(e => e.PartName == partName);

    private string CurrentUserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    private static SaveAction SaveActionOf(string? submit) => submit == "publish" ? SaveAction.Publish : SaveAction.Draft;

    /// <summary>A <c>datetime-local</c> value in China time; empty means "no time".</summary>
    private static bool TryParseChinaTime(string? value, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (!DateTime.TryParseExact(value.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        utc = DateTime.SpecifyKind(local.AddHours(-8), DateTimeKind.Utc);
        return true;
    }

    /// <summary>Renders a public page (the theme's layout) from an MVC action.</summary>
    private sealed class PageActionResult(PageResult page) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => page.ExecuteAsync(context.HttpContext);
    }
}
