using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Recipes;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Services;

namespace Portal.Resources.Recipes;

/// <summary>
/// <c>{ "name": "resources", "resources": [ { "unit", "name", "kind", "platforms", "ownership", "ownerOrganization",
/// "contactName", "phone", "agreementTerms", "agreementStartsInDays", "agreementEndsInDays", "capacity", "openingHours",
/// "address", "facilities", "status", "public" } ] }</c>: registers resources through the same rules as the admin form.
/// Agreement dates count in days from the day the recipe runs (a sample agreement stays valid on a new site);
/// <c>openingHours</c> has seven texts, Monday first. A resource whose name its unit already has is left as it is, so
/// running the step again changes nothing.
/// </summary>
internal sealed class ResourcesStep(ResourcesDbContext db, IUnitDirectory units, ResourceService resources, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "resources";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        var today = ChinaTime.Today(clock);
        for (var i = 0; i < step.Resources.Count; i++)
        {
            var entry = step.Resources[i];
            var path = $"$.resources[{i}]";
            var unit = await units.FindByCodeAsync(entry.Unit.Trim(), cancellationToken)
                ?? throw context.Error($"{path}.unit", $"未知的单位代码 “{entry.Unit}”。");
            var name = entry.Name.Trim();
            if (await db.Resources.AnyAsync(r => r.UnitId == unit.Id && r.Name == name, cancellationToken))
                continue;
            if (entry.OpeningHours is { Count: not 7 })
                throw context.Error($"{path}.openingHours", "开放时间应为 7 项（周一至周日），不开放的一天写空字符串。");
            var input = new ResourceInput
            {
                Name = name,
                UnitId = unit.Id.ToString(CultureInfo.InvariantCulture),
                Kind = entry.Kind,
                Platforms = [.. entry.Platforms],
                Ownership = entry.Ownership,
                OwnerOrganization = entry.OwnerOrganization,
                ContactName = entry.ContactName,
                ContactPhone = entry.Phone,
                AgreementTerms = entry.AgreementTerms,
                AgreementStarts = Day(today, entry.AgreementStartsInDays),
                AgreementEnds = Day(today, entry.AgreementEndsInDays),
                Capacity = entry.Capacity?.ToString(CultureInfo.InvariantCulture),
                Hours = [.. entry.OpeningHours ?? []],
                Address = entry.Address,
                Facilities = entry.Facilities,
                Status = entry.Status ?? "InUse",
                IsPublic = entry.Public ?? true,
            };
            var result = await resources.CreateAsync(input, cancellationToken);
            if (!result.Succeeded)
                throw context.Error($"{path}{JsonField(result.Errors.First().Key)}", result.Errors.First().Value);
        }
    }

    private static string? Day(DateOnly today, int? days) => days is { } d ? today.AddDays(d).ToString(ResourceInput.DateFormat, CultureInfo.InvariantCulture) : null;

    private static string JsonField(string field) => field switch
    {
        "" => "",
        nameof(ResourceInput.UnitId) => ".unit",
        nameof(ResourceInput.ContactPhone) => ".phone",
        nameof(ResourceInput.AgreementStarts) => ".agreementStartsInDays",
        nameof(ResourceInput.AgreementEnds) => ".agreementEndsInDays",
        nameof(ResourceInput.IsPublic) => ".public",
        _ when field.StartsWith("Hours[", StringComparison.Ordinal) => ".openingHours" + field[5..],
        _ => "." + char.ToLowerInvariant(field[0]) + field[1..],
    };

    private sealed record Model(string Name, IReadOnlyList<ResourceEntry> Resources);

    private sealed record ResourceEntry(
        string Unit,
        string Name,
        string Kind,
        IReadOnlyList<string> Platforms,
        string Ownership,
        string? OwnerOrganization = null,
        string? ContactName = null,
        string? Phone = null,
        string? AgreementTerms = null,
        int? AgreementStartsInDays = null,
        int? AgreementEndsInDays = null,
        int? Capacity = null,
        IReadOnlyList<string>? OpeningHours = null,
        string? Address = null,
        string? Facilities = null,
        string? Status = null,
        bool? Public = null);
}
