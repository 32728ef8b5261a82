using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Import;
using Portal.Resources.Models;
using Portal.Resources.Services;

namespace Portal.Resources.Admin;

/// <summary>Which resources the admin list (and its export) shows: a unit, a platform, an ownership, a kind.</summary>
internal sealed record ResourceFilter(int? Unit, string? Platform, Ownership? Ownership, string? Kind)
{
    public string Query => string.Join("&", new[]
    {
        Unit is { } u ? "unit=" + u.ToString(CultureInfo.InvariantCulture) : null,
        string.IsNullOrEmpty(Platform) ? null : "platform=" + Uri.EscapeDataString(Platform),
        Ownership is { } o ? "ownership=" + o : null,
        string.IsNullOrEmpty(Kind) ? null : "kind=" + Uri.EscapeDataString(Kind),
    }.Where(x => x is not null));
}

/// <summary>
/// The inventory in the admin. Staff keep the resources of their unit and the units below it; a resource outside that
/// scope answers 404, so staff learn nothing about it. Import and export work on the same columns.
/// </summary>
[RequirePermission(nameof(Permissions.ManageResources))]
[Route("admin/resources")]
internal sealed class ResourcesAdminController(
    ResourceService resources,
    IPersonalDataReads personalData,
    ResourceImporter importer,
    ResourcesDbContext db,
    IUnitScope scope,
    IUnitDirectory units,
    ICsvFiles csv,
    IAuthorizationService authorization) : Controller
{
    [HttpGet("", Name = ResourceRoutes.AdminList)]
    public async Task<IActionResult> Index(int? unit, string? platform, Ownership? ownership, string? kind, CancellationToken cancellationToken)
    {
        var filter = new ResourceFilter(unit, platform, ownership, kind);
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var list = await FilteredAsync(filter, mine, cancellationToken);
        var names = tree.ToDictionary(u => u.Id, u => u.Name);
        return View(new ResourceIndexPage(list.Select(r => new ResourceRow(r, names.GetValueOrDefault(r.UnitId, ""),
                string.Join("、", r.Platforms.Select(resources.PlatformName)))).ToList(),
            filter, tree.Where(u => mine.Contains(u.Id)).ToList(), resources.Platforms, (await resources.SettingsAsync(cancellationToken)).Kinds.ToList()));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
        => View("Edit", await EditPageAsync(new ResourceInput { Ownership = nameof(Ownership.Owned), Status = nameof(ResourceStatus.InUse), IsPublic = true },
            null, cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(ResourceInput form, CancellationToken cancellationToken)
    {
        if (int.TryParse(form.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId) && !await scope.CanActOnAsync(User, unitId, cancellationToken))
            return Forbid();
        var result = await resources.CreateAsync(form, cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, null, result.Errors, cancellationToken);
        TempData["Success"] = $"已登记资源 “{result.Resource!.Name}”。";
        return RedirectToAction(nameof(Edit), new { id = result.Resource.Id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
        => await FindMineAsync(id, cancellationToken) is { } resource
            ? View(await EditPageAsync(ResourceInput.From(resource), resource, cancellationToken))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ResourceInput form, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } resource)
            return NotFound();
        var result = await resources.UpdateAsync(id, form, cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, resource, result.Errors, cancellationToken);
        TempData["Success"] = $"已保存资源 “{result.Resource!.Name}”。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The owner's contact in full; a POST, because each read writes its audit row.</summary>
    [HttpPost("{id:int}/contact")]
    [RequirePermission(nameof(Permissions.ReadResourceContact))]
    public async Task<IActionResult> Contact(int id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { ContactPhoneProtected.Length: > 0 } resource)
            return NotFound();
        if (await personalData.ReadAsync(User, ResourcePersonalData.Request(resource), cancellationToken) is not { } shown)
            return Forbid();
        Response.Headers.CacheControl = "no-store";
        return View(PersonalDataPage.View, ResourcePersonalData.Page(resource, shown));
    }

    [HttpGet("import")]
    public IActionResult Import() => View(new ImportPage(null, null));

    [HttpPost("import")]
    [RequestSizeLimit(ResourceSheet.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        ImportReport report;
        if (file is null || file.Length == 0)
        {
            report = ImportReport.Fail("请选择要导入的 Excel（.xlsx）或 CSV 文件。");
        }
        else if (file.Length > ResourceSheet.MaxBytes)
        {
            report = ImportReport.Fail($"文件“{Path.GetFileName(file.FileName)}”超过 5 MB，请分成几个文件导入。");
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            report = await importer.ImportAsync(file.FileName, buffer.ToArray(), await scope.GetScopeAsync(User, cancellationToken), cancellationToken);
        }
        if (report.FileProblem is not null)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ImportPage(file?.FileName, report));
    }

    /// <summary>The list as filtered, in the import's columns; <paramref name="template"/> gives the header alone.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(int? unit, string? platform, Ownership? ownership, string? kind, string? format, bool template,
        CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var list = template ? [] : await FilteredAsync(new ResourceFilter(unit, platform, ownership, kind), mine, cancellationToken);
        var tree = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id);
        var rows = list.Select(r => Row(r, tree.GetValueOrDefault(r.UnitId))).ToList();
        var stem = template ? "资源导入模板" : "资源清单";
        if (format == "csv")
            return File(csv.Write(ResourceSheet.Columns, rows.Select(r => ResourceSheet.Columns.Select(c => r[c].ToString() ?? "").ToList())),
                ICsvFiles.ContentType, stem + ".csv");
        var sheet = rows.Count == 0 ? [ResourceSheet.Columns.ToDictionary(c => c, _ => (object)"")] : rows;
        return File(ResourceSheet.Xlsx(sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stem + ".xlsx");
    }

    /// <summary>A resource as one row of the spreadsheet: the contact masked, never in full.</summary>
    private IReadOnlyDictionary<string, object> Row(Resource r, UnitInfo? unit)
    {
        var row = new Dictionary<string, object>
        {
            [ResourceSheet.Unit] = unit?.Code ?? "",
            [ResourceSheet.UnitName] = unit?.Name ?? "",
            [ResourceSheet.Name] = r.Name,
            [ResourceSheet.Kind] = r.Kind,
            [ResourceSheet.Platforms] = string.Join("、", r.Platforms.Select(p => resources.PlatformName(p).Replace("平台", ""))),
            [ResourceSheet.Ownership] = r.Ownership.ToChinese(),
            [ResourceSheet.Owner] = r.OwnerOrganization,
            [ResourceSheet.ContactName] = r.ContactNameMasked,
            [ResourceSheet.ContactPhone] = r.ContactPhoneMasked,
            [ResourceSheet.Terms] = r.AgreementTerms,
            [ResourceSheet.AgreementStarts] = r.AgreementStarts?.ToString(ResourceInput.DateFormat, CultureInfo.InvariantCulture) ?? "",
            [ResourceSheet.AgreementEnds] = r.AgreementEnds?.ToString(ResourceInput.DateFormat, CultureInfo.InvariantCulture) ?? "",
            [ResourceSheet.Capacity] = r.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        for (var i = 0; i < 7; i++)
            row[ResourceSheet.HourColumns[i]] = OpeningHours.Day(r.OpeningHours, i);
        row[ResourceSheet.Address] = r.Address;
        row[ResourceSheet.Facilities] = r.Facilities;
        row[ResourceSheet.Photos] = string.Join("\n", r.Photos);
        row[ResourceSheet.Status] = r.Status.ToChinese();
        row[ResourceSheet.Public] = r.IsPublic ? "是" : "否";
        return row;
    }

    private async Task<List<Resource>> FilteredAsync(ResourceFilter filter, UnitScopeSet mine, CancellationToken cancellationToken)
    {
        var ids = mine.UnitIds.ToList();
        var query = db.Resources.AsNoTracking().Where(r => mine.All || ids.Contains(r.UnitId));
        if (filter.Unit is { } unit)
            query = query.Where(r => r.UnitId == unit);
        if (filter.Ownership is { } ownership)
            query = query.Where(r => r.Ownership == ownership);
        if (!string.IsNullOrEmpty(filter.Kind))
            query = query.Where(r => r.Kind == filter.Kind);
        var list = await query.OrderBy(r => r.UnitId).ThenBy(r => r.Name).Take(5000).ToListAsync(cancellationToken);
        // Platforms are a list in one column: filtered here, the same way on both databases.
        return string.IsNullOrEmpty(filter.Platform) ? list : list.Where(r => r.Platforms.Contains(filter.Platform)).ToList();
    }

    /// <summary>The resource, or null when there is none or it belongs to a unit outside the user's scope.</summary>
    private async Task<Resource?> FindMineAsync(int id, CancellationToken cancellationToken)
    {
        var resource = await resources.FindAsync(id, cancellationToken);
        return resource is not null && await scope.CanActOnAsync(User, resource.UnitId, cancellationToken) ? resource : null;
    }

    private async Task<IActionResult> Invalid(ResourceInput form, Resource? resource, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in errors)
            ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditPageAsync(form, resource, cancellationToken));
    }

    private async Task<ResourceEditPage> EditPageAsync(ResourceInput form, Resource? resource, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var canRead = resource is { ContactPhoneProtected.Length: > 0 } && await authorization.AuthorizeAsync(User, Permissions.ReadResourceContact);
        return new ResourceEditPage(form, resource, tree.Where(u => mine.Contains(u.Id)).ToList(), await resources.SettingsAsync(cancellationToken),
            resources.Platforms, tree.FirstOrDefault(u => u.Id == resource?.UnitId)?.Name ?? "", canRead,
            new PersonalDataReadList("联系方式查看记录", resource is null ? []
                : await personalData.ListAsync(ResourcePersonalData.Kind, ResourcePersonalData.Id(resource.Id), 50, cancellationToken), ResourcePersonalData.Labels));
    }
}

internal sealed record ResourceRow(Resource Resource, string UnitName, string Platforms);

internal sealed record ResourceIndexPage(
    IReadOnlyList<ResourceRow> Rows,
    ResourceFilter Filter,
    IReadOnlyList<UnitInfo> Units,
    IReadOnlyList<Portal.Activities.Contracts.PlatformInfo> Platforms,
    IReadOnlyList<string> Kinds);

internal sealed record ResourceEditPage(
    ResourceInput Form,
    Resource? Resource,
    IReadOnlyList<UnitInfo> Units,
    ResourceSettings Lists,
    IReadOnlyList<Portal.Activities.Contracts.PlatformInfo> Platforms,
    string UnitName,
    bool CanReadContact,
    PersonalDataReadList ContactReads);

internal sealed record ImportPage(string? FileName, ImportReport? Report);
