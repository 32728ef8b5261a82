using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Activities.Contracts;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Models;
using Portal.Resources.Services;

namespace Portal.Resources.Admin;

/// <summary>
/// Bookings of the resources in the user's scope: book a slot (for an activity of a unit in scope, or another purpose),
/// record the owner's answer to a pending booking of a 可用 resource (ApproveResourceBookings), cancel.
/// </summary>
[RequirePermission(nameof(Permissions.ManageResources))]
[Route("admin/resources/bookings")]
internal sealed class BookingsAdminController(
    BookingService bookings,
    ResourceService resources,
    ResourcesDbContext db,
    IActivityCatalog catalog,
    IUnitScope scope,
    IUnitDirectory units,
    IAuthorizationService authorization,
    TimeProvider clock) : Controller
{
    [HttpGet("", Name = ResourceRoutes.AdminBookings)]
    public async Task<IActionResult> Index(int? resourceId, CancellationToken cancellationToken)
        => View(await PageAsync(new BookingInput { ResourceId = resourceId?.ToString(CultureInfo.InvariantCulture) }, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Book(BookingInput form, CancellationToken cancellationToken)
    {
        if (!int.TryParse(form.ResourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var resourceId)
            || await resources.FindAsync(resourceId, cancellationToken) is not { } resource
            || !await scope.CanActOnAsync(User, resource.UnitId, cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(form, "请选择您管理的单位的资源。", cancellationToken));
        }
        var result = await bookings.BookAsync(form, User.Identity?.Name ?? "", unitId => scope.CanActOnAsync(User, unitId, cancellationToken), cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(form, result.Error, cancellationToken));
        }
        TempData["Success"] = result.Booking!.Status == BookingStatus.Approved
            ? $"已预约 “{resource.Name}” {BookingService.Slot(result.Booking.StartsUtc, result.Booking.EndsUtc)}。"
            : $"已提交预约 “{resource.Name}” {BookingService.Slot(result.Booking.StartsUtc, result.Booking.EndsUtc)}，该资源属于{resource.OwnerOrganization}，待权属方同意后生效。";
        return RedirectToRoute(ResourceRoutes.AdminBookings);
    }

    /// <summary>The owner's answer, recorded by a user allowed to (the owner's side, or staff who heard it).</summary>
    [HttpPost("{id:long}/decide")]
    [RequirePermission(nameof(Permissions.ApproveResourceBookings))]
    public async Task<IActionResult> Decide(long id, bool approve, string? note, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var problem = await bookings.DecideAsync(id, approve, note, User.Identity?.Name ?? "", cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? (approve ? "已记录权属方同意，预约生效。" : "已记录权属方不同意，时段已释放。");
        return RedirectToRoute(ResourceRoutes.AdminBookings);
    }

    [HttpPost("{id:long}/cancel")]
    public async Task<IActionResult> Cancel(long id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var problem = await bookings.CancelAsync(id, User.Identity?.Name ?? "", cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? "已取消预约，时段已释放。";
        return RedirectToRoute(ResourceRoutes.AdminBookings);
    }

    private async Task<Booking?> FindMineAsync(long id, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        var resource = booking is null ? null : await resources.FindAsync(booking.ResourceId, cancellationToken);
        return resource is not null && await scope.CanActOnAsync(User, resource.UnitId, cancellationToken) ? booking : null;
    }

    private async Task<BookingsPage> PageAsync(BookingInput form, string? error, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var ids = mine.UnitIds.ToList();
        var list = await db.Resources.AsNoTracking().Where(r => mine.All || ids.Contains(r.UnitId)).OrderBy(r => r.UnitId).ThenBy(r => r.Name)
            .ToListAsync(cancellationToken);
        var byId = list.ToDictionary(r => r.Id);
        var resourceIds = list.Select(r => r.Id).ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var rows = await db.Bookings.AsNoTracking().Where(b => resourceIds.Contains(b.ResourceId) && (b.EndsUtc >= since || b.Status == BookingStatus.Pending))
            .OrderBy(b => b.StartsUtc).Take(300).ToListAsync(cancellationToken);
        var activities = await catalog.UpcomingAsync(mine.All ? tree.Select(u => u.Id).ToList() : ids, 200, cancellationToken);
        var names = tree.ToDictionary(u => u.Id, u => u.Name);
        return new BookingsPage(
            form,
            error,
            list.Where(r => r.Status == ResourceStatus.InUse).Select(r => new ResourceChoice(r.Id, $"{r.Name}（{names.GetValueOrDefault(r.UnitId, "")}，{r.Ownership.ToChinese()}）")).ToList(),
            activities,
            rows.Select(b => new BookingRow(b, byId[b.ResourceId], names.GetValueOrDefault(byId[b.ResourceId].UnitId, ""))).ToList(),
            await authorization.AuthorizeAsync(User, Permissions.ApproveResourceBookings));
    }
}

internal sealed record ResourceChoice(int Id, string Text);

internal sealed record BookingRow(Booking Booking, Resource Resource, string UnitName);

internal sealed record BookingsPage(
    BookingInput Form,
    string? Error,
    IReadOnlyList<ResourceChoice> Resources,
    IReadOnlyList<ActivityInfo> Activities,
    IReadOnlyList<BookingRow> Rows,
    bool CanDecide);
