using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Models;
using Portal.Resources.Services;

namespace Portal.Resources.Import;

/// <summary>A row import left out, with its row number in the spreadsheet and why.</summary>
internal sealed record ImportRowError(int Row, string Name, string Reason);

/// <summary>What an import did: a problem with the file as a whole (then nothing was read), or the count of each outcome and the bad rows.</summary>
internal sealed record ImportReport(string? FileProblem, int Created, int Updated, int Unchanged, IReadOnlyList<ImportRowError> Errors)
{
    public static ImportReport Fail(string problem) => new(problem, 0, 0, 0, []);

    public int Imported => Created + Updated;
}

/// <summary>
/// Imports the inventory from a spreadsheet. Every row is checked by the same rules as the form; the good rows are then
/// written together in one transaction (all of them or, if anything fails while writing, none), the bad rows are listed
/// with their row number and reason and not written. A row is matched to a resource by its unit and name (the natural
/// key): a new one is created, a changed one updated, an identical one left alone, so importing the same file twice
/// changes nothing. A column the file does not have keeps what the resource holds.
/// </summary>
internal sealed class ResourceImporter(ResourcesDbContext db, ResourceService resources, IUnitDirectory units, IUnitOfWork unitOfWork,
    IPersonalDataVault vault, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(string fileName, byte[] data, UnitScopeSet scope, CancellationToken cancellationToken = default)
    {
        var (sheet, problem) = ResourceSheet.Read(fileName, data);
        if (sheet is null)
            return ImportReport.Fail(problem!);

        var tree = await units.GetTreeAsync(cancellationToken);
        var byCode = tree.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var unitIds = sheet.Rows.Select(r => byCode.GetValueOrDefault(Cell(r.Cells, ResourceSheet.Unit))?.Id).OfType<int>().Distinct().ToList();
        var existing = await db.Resources.AsNoTracking().Where(r => unitIds.Contains(r.UnitId)).ToListAsync(cancellationToken);
        var errors = new List<ImportRowError>();
        var seen = new Dictionary<(int, string), int>();
        var good = new List<(ResourceValues Values, Resource? Existing, string ContactName, string ContactPhone)>();

        foreach (var (number, cells) in sheet.Rows)
        {
            var name = Cell(cells, ResourceSheet.Name);
            var code = Cell(cells, ResourceSheet.Unit);
            if (code.Length == 0)
            {
                errors.Add(new(number, name, "请填写单位代码。"));
                continue;
            }
            if (!byCode.TryGetValue(code, out var unit))
            {
                errors.Add(new(number, name, $"没有单位代码为“{code}”的单位。"));
                continue;
            }
            if (!scope.Contains(unit.Id))
            {
                errors.Add(new(number, name, $"您不能管理{unit.Name}的资源。"));
                continue;
            }
            if (seen.TryGetValue((unit.Id, name), out var first))
            {
                errors.Add(new(number, name, $"与第 {first} 行重复：同一单位的同名资源只能有一行。"));
                continue;
            }
            seen[(unit.Id, name)] = number;

            var current = existing.FirstOrDefault(r => r.UnitId == unit.Id && r.Name == name);
            var input = current is null ? new ResourceInput { Status = nameof(ResourceStatus.InUse) } : ResourceInput.From(current);
            input.UnitId = unit.Id.ToString(CultureInfo.InvariantCulture);
            input.Name = name;
            Set(cells, ResourceSheet.Kind, v => input.Kind = v);
            Set(cells, ResourceSheet.Platforms, v => input.Platforms = [v]);
            Set(cells, ResourceSheet.Ownership, v => input.Ownership = v);
            Set(cells, ResourceSheet.Owner, v => input.OwnerOrganization = v);
            Set(cells, ResourceSheet.ContactName, v => input.ContactName = v);
            Set(cells, ResourceSheet.ContactPhone, v => input.ContactPhone = v);
            Set(cells, ResourceSheet.Terms, v => input.AgreementTerms = v);
            Set(cells, ResourceSheet.AgreementStarts, v => input.AgreementStarts = v);
            Set(cells, ResourceSheet.AgreementEnds, v => input.AgreementEnds = v);
            Set(cells, ResourceSheet.Capacity, v => input.Capacity = v);
            var hours = Enumerable.Range(0, 7).Select(i => i < input.Hours.Count ? input.Hours[i] : "").ToList();
            for (var i = 0; i < 7; i++)
            {
                var day = i;
                Set(cells, ResourceSheet.HourColumns[i], v => hours[day] = v);
            }
            input.Hours = hours;
            Set(cells, ResourceSheet.Address, v => input.Address = v);
            Set(cells, ResourceSheet.Facilities, v => input.Facilities = v);
            Set(cells, ResourceSheet.Photos, v => input.Photos = v);
            Set(cells, ResourceSheet.Status, v => input.Status = v);
            string? publicProblem = null;
            Set(cells, ResourceSheet.Public, v =>
            {
                switch (v)
                {
                    case "是" or "公开" or "Y" or "y" or "yes" or "true" or "1":
                        input.IsPublic = true;
                        break;
                    case "否" or "" or "不公开" or "N" or "n" or "no" or "false" or "0":
                        input.IsPublic = false;
                        break;
                    default:
                        publicProblem = "“向公众开放”请填“是”或“否”。";
                        break;
                }
            });

            var (values, rowErrors) = await resources.ValidateAsync(input, current, cancellationToken);
            if (publicProblem is not null)
                rowErrors["IsPublic"] = publicProblem;
            if (values is null || rowErrors.Count > 0)
            {
                errors.Add(new(number, name, string.Join(" ", rowErrors.Values)));
                continue;
            }
            good.Add((values, current, (input.ContactName ?? "").Trim(), (input.ContactPhone ?? "").Replace(" ", "")));
        }

        var (created, updated, unchanged) = (0, 0, 0);
        try
        {
            await unitOfWork.ExecuteAsync(async ct =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var changed = new List<Resource>();
                foreach (var (values, current, contactName, contactPhone) in good)
                {
                    if (current is null)
                    {
                        var resource = new Resource { CreatedUtc = now };
                        values.ApplyTo(resource, now);
                        db.Resources.Add(resource);
                        changed.Add(resource);
                        created++;
                    }
                    else if (values.Matches(current, vault, contactName, contactPhone))
                    {
                        unchanged++;
                    }
                    else
                    {
                        var resource = await db.Resources.FirstAsync(r => r.Id == current.Id, ct);
                        if (resource.Version != current.Version)
                            throw new DbUpdateConcurrencyException(ResourceService.StaleMessage);
                        values.ApplyTo(resource, now);
                        resource.Version = Guid.NewGuid();
                        changed.Add(resource);
                        updated++;
                    }
                }
                await db.SaveChangesAsync(ct);
                foreach (var resource in changed)
                    resources.Notify(resource.Id);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ImportReport.Fail("导入时有人同时修改了这些资源，本次没有导入任何一行。请重新导入同一文件。");
        }
        return new ImportReport(null, created, updated, unchanged, errors);
    }

    private static string Cell(IReadOnlyDictionary<string, string> cells, string column) => cells.GetValueOrDefault(column, "").Trim();

    /// <summary>Sets a field from its column when the file has that column.</summary>
    private static void Set(IReadOnlyDictionary<string, string> cells, string column, Action<string> set)
    {
        if (cells.TryGetValue(column, out var value))
            set(value.Trim());
    }
}
