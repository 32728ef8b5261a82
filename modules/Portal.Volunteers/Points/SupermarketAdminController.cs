using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Points;

internal sealed record RedemptionRow(Redemption Redemption, string RewardName, string VolunteerNumber, string MaskedName);

internal sealed record SupermarketIndexPage(IReadOnlyList<Reward> Rewards, IReadOnlyList<RedemptionRow> Redemptions, RewardInput New, IReadOnlyDictionary<string, string> Errors);

internal sealed record RewardEditPage(int Id, RewardInput Input, IReadOnlyDictionary<string, string> Errors);

/// <summary>The love supermarket's catalogue (name, description, points, stock, on sale) and pickups by code.</summary>
[RequirePermission(nameof(Permissions.ManageLoveSupermarket))]
[Route("admin/volunteers/supermarket")]
internal sealed class SupermarketAdminController(Supermarket market, VolunteersDbContext db, VolunteerAccess access) : Controller
{
    [HttpGet("", Name = PointsRoutes.Admin)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View(await PageAsync(new RewardInput(), new Dictionary<string, string>(), cancellationToken));

    [HttpPost("rewards")]
    public async Task<IActionResult> Create(RewardInput input, CancellationToken cancellationToken)
    {
        var result = await market.SaveRewardAsync(null, input, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await PageAsync(input, result.Errors, cancellationToken));
        }
        TempData["Success"] = $"已添加礼品 “{result.Reward!.Name}”。";
        return RedirectToRoute(PointsRoutes.Admin);
    }

    [HttpGet("rewards/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var reward = await market.FindRewardAsync(id, cancellationToken);
        if (reward is null)
            return NotFound();
        var input = new RewardInput { Name = reward.Name, Description = reward.Description, Points = reward.Points.ToString(), Stock = reward.Stock.ToString(), Active = reward.Active };
        return View(new RewardEditPage(id, input, new Dictionary<string, string>()));
    }

    [HttpPost("rewards/{id:int}")]
    public async Task<IActionResult> Edit(int id, RewardInput input, CancellationToken cancellationToken)
    {
        var result = await market.SaveRewardAsync(id, input, cancellationToken);
        if (result.Errors.ContainsKey(""))
            return NotFound();
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new RewardEditPage(id, input, result.Errors));
        }
        TempData["Success"] = $"已保存礼品 “{result.Reward!.Name}”。";
        return RedirectToRoute(PointsRoutes.Admin);
    }

    [HttpPost("pickup")]
    public async Task<IActionResult> PickUp(string? code, CancellationToken cancellationToken)
    {
        var result = await market.PickUpAsync(User, code, cancellationToken);
        TempData[result.Succeeded ? "Success" : "Error"] = result.Error
            ?? $"已领取：{result.Reward?.Name}（取货码 {result.Redemption!.PickupCode}）。";
        return RedirectToRoute(PointsRoutes.Admin);
    }

    private async Task<SupermarketIndexPage> PageAsync(RewardInput input, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(User, cancellationToken);
        var rows = await db.Redemptions.AsNoTracking()
            .Join(visible, r => r.VolunteerId, v => v.Id, (r, v) => new { Redemption = r, v.Number, v.RealName })
            .Join(db.Rewards, x => x.Redemption.RewardId, w => w.Id, (x, w) => new { x.Redemption, x.Number, x.RealName, w.Name })
            .OrderByDescending(x => x.Redemption.Id).Take(50)
            .ToListAsync(cancellationToken);
        return new SupermarketIndexPage(await market.AllRewardsAsync(cancellationToken),
            rows.Select(x => new RedemptionRow(x.Redemption, x.Name, x.Number, PersonalDataMask.Name(x.RealName))).ToList(), input, errors);
    }
}
