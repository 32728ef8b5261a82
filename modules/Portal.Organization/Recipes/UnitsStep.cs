using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Recipes;
using Portal.Organization.Contracts;
using Portal.Organization.Data;
using Portal.Organization.Services;

namespace Portal.Organization.Recipes;

/// <summary>
/// <c>{ "name": "units", "units": [ { "code", "name", "kind", "parent", "address", "contactName", "contactPhone" } ] }</c>:
/// creates or updates units by code, parents first; a unit already as described is left untouched.
/// </summary>
internal sealed class UnitsStep(OrganizationDbContext db, UnitService units) : IRecipeStepHandler
{
    public string StepName => "units";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        for (var i = 0; i < step.Units.Count; i++)
        {
            var entry = step.Units[i];
            var code = entry.Code.Trim();
            int? parentId = null;
            if (entry.Parent?.Trim() is { } parent)
            {
                parentId = await db.Units.Where(u => u.Code == parent).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw context.Error($"$.units[{i}].parent", $"未知的上级单位代码 “{parent}”（上级须在此前定义）。");
            }

            var input = new UnitInput(code, entry.Name, entry.Kind, parentId, entry.Address, entry.ContactName, entry.ContactPhone, entry.SortOrder ?? i);
            var existing = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
            UnitResult result;
            if (existing is null)
                result = await units.CreateAsync(input, cancellationToken);
            else if (Differs(existing, input))
                result = await units.UpdateAsync(existing.Id, existing.Version, input, cancellationToken);
            else
                continue;

            if (!result.Succeeded)
            {
                var (field, message) = result.Errors.First();
                throw context.Error($"$.units[{i}]{JsonField(field)}", message);
            }
        }
    }

    private static bool Differs(Models.Unit unit, UnitInput input)
        => unit.Name != input.Name?.Trim() || unit.Kind != input.Kind || unit.ParentId != input.ParentId
           || unit.Address != (input.Address?.Trim() ?? "") || unit.ContactName != (input.ContactName?.Trim() ?? "")
           || unit.ContactPhone != (input.ContactPhone?.Trim() ?? "") || unit.SortOrder != input.SortOrder;

    private static string JsonField(string field) => field switch
    {
        "" => "",
        nameof(UnitInput.ParentId) => ".parent",
        _ => "." + char.ToLowerInvariant(field[0]) + field[1..],
    };

    private sealed record Model(string Name, IReadOnlyList<UnitEntry> Units);

    private sealed record UnitEntry(
        string Code,
        string Name,
        UnitKind Kind,
        string? Parent = null,
        string? Address = null,
        string? ContactName = null,
        string? ContactPhone = null,
        int? SortOrder = null);
}
