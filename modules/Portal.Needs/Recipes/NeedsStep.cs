using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Recipes;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Needs.Services;
using Portal.Organization.Contracts;

namespace Portal.Needs.Recipes;

/// <summary>
/// <c>{ "name": "needs", "needs": [ { "unit", "category", "title", "description", "contactName", "phone", "preferredTime",
/// "status", "assignTo", "service" } ] }</c>: orders needs through the same form rules as the
/// public page, then moves each through the real steps to the status asked for (Submitted, Approved, Published,
/// Dispatched, Accepted, Done); ratings are the requester's alone. A need whose title its unit already has is left as it is, so running it again changes nothing.
/// </summary>
internal sealed class NeedsStep(NeedsDbContext db, IUnitDirectory units, NeedService needs) : IRecipeStepHandler
{
    private const string Actor = "配方";

    public string StepName => "needs";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        for (var i = 0; i < step.Needs.Count; i++)
        {
            var entry = step.Needs[i];
            var path = $"$.needs[{i}]";
            var unit = await units.FindByCodeAsync(entry.Unit.Trim(), cancellationToken)
                ?? throw context.Error($"{path}.unit", $"未知的单位代码 “{entry.Unit}”。");
            var title = entry.Title.Trim();
            if (await db.Needs.AnyAsync(n => n.UnitId == unit.Id && n.Title == title, cancellationToken))
                continue;
            var result = await needs.SubmitAsync(new NeedInput
            {
                Category = entry.Category, Title = title, Description = entry.Description, Unit = unit.Code,
                ContactName = entry.ContactName, Phone = entry.Phone, PreferredTime = entry.PreferredTime,
            }, cancellationToken);
            if (!result.Succeeded)
            {
                var (field, message) = result.Errors.First();
                throw context.Error($"{path}.{char.ToLowerInvariant(field[0])}{field[1..]}", message);
            }
            await MoveAsync(context, path, entry, result.Need!.Id, cancellationToken);
        }
    }

    private async Task MoveAsync(RecipeStepContext context, string path, NeedEntry entry, int id, CancellationToken cancellationToken)
    {
        var target = entry.Status ?? NeedStatus.Submitted;
        if (target == NeedStatus.Rejected)
            throw context.Error($"{path}.status", "配方不建“未受理”的点单。");
        var order = new[] { NeedStatus.Approved, NeedStatus.Published, NeedStatus.Dispatched, NeedStatus.Accepted, NeedStatus.Done };
        UnitInfo? assignTo = null;
        if (target is NeedStatus.Dispatched or NeedStatus.Accepted or NeedStatus.Done)
        {
            assignTo = await units.FindByCodeAsync((entry.AssignTo ?? "").Trim(), cancellationToken)
                ?? throw context.Error($"{path}.assignTo", "派单后的点单要写明接单单位 assignTo（单位代码）。");
        }
        foreach (var status in order.TakeWhile(s => s <= target))
        {
            var problem = status switch
            {
                NeedStatus.Approved => await needs.ReviewAsync(id, approve: true, null, Actor, cancellationToken),
                NeedStatus.Published => target == NeedStatus.Published ? await needs.PublishAsync(id, Actor, cancellationToken) : null,
                NeedStatus.Dispatched => await needs.DispatchAsync(id, assignTo!.Id, Actor, cancellationToken),
                NeedStatus.Accepted => await needs.AcceptAsync(id, nameof(ServiceKind.Direct), null, entry.Service ?? "上门服务", Actor, cancellationToken),
                _ => await needs.CompleteAsync(id, Actor, cancellationToken),
            };
            if (problem is not null)
                throw context.Error($"{path}.status", problem);
        }
    }

    private sealed record Model(string Name, IReadOnlyList<NeedEntry> Needs);

    private sealed record NeedEntry(
        string Unit,
        string Category,
        string Title,
        string Description,
        string ContactName,
        string Phone,
        string? PreferredTime = null,
        NeedStatus? Status = null,
        string? AssignTo = null,
        string? Service = null);
}
