using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Volunteers.Data;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Points;

internal sealed class RedeemInput
{
    public string? RewardId { get; set; }
}

/// <summary>The public catalogue of the love supermarket; a signed-in volunteer sees their balance and redeems.</summary>
internal static class SupermarketEndpoints
{
    public static void MapSupermarketEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PointsRoutes.CataloguePath, (HttpContext http, Supermarket market, PointsAccount points, VolunteersDbContext db, int? redeemed,
                CancellationToken ct) => RenderAsync(http, market, points, db, null, redeemed, StatusCodes.Status200OK, ct))
            .WithName(PointsRoutes.Catalogue);

        endpoints.MapPost(PointsRoutes.RedeemPath, async Task<IResult> (HttpContext http, [FromForm] RedeemInput input, Supermarket market, PointsAccount points,
                VolunteersDbContext db, CancellationToken ct) =>
            {
                if (!int.TryParse(input.RewardId, NumberStyles.None, CultureInfo.InvariantCulture, out var rewardId))
                    return await RenderAsync(http, market, points, db, "请选择要兑换的礼品。", null, StatusCodes.Status400BadRequest, ct);
                var result = await market.RedeemAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", rewardId, ct);
                if (!result.Succeeded)
                    return await RenderAsync(http, market, points, db, result.Error, null, StatusCodes.Status400BadRequest, ct);
                return new SeeOtherResult($"{PointsRoutes.CataloguePath}?redeemed={result.Redemption!.Id}");
            })
            .RequireAuthorization();
    }

    private static async Task<IResult> RenderAsync(HttpContext http, Supermarket market, PointsAccount points, VolunteersDbContext db, string? error,
        int? redeemed, int status, CancellationToken ct)
    {
        var rewards = await market.CatalogueAsync(ct);
        var volunteer = await HoursEndpoints.SignedInVolunteerAsync(http.User, db, ct);
        var isVolunteer = volunteer is { Status: VolunteerStatus.Approved };
        var mine = isVolunteer
            ? await db.Redemptions.AsNoTracking().Where(r => r.VolunteerId == volunteer!.Id)
                .Join(db.Rewards, r => r.RewardId, w => w.Id, (r, w) => new { r.Id, r.PickupCode, r.Points, r.Status, r.CreatedUtc, r.PickedUpUtc, w.Name })
                .OrderByDescending(r => r.Id).Take(20).ToListAsync(ct)
            : [];
        var balance = isVolunteer ? await points.BalanceAsync(volunteer!.Id, ct) : 0;
        var just = redeemed is null ? null : mine.FirstOrDefault(r => r.Id == redeemed);
        return new PageResult(new Shape("VolunteerSupermarket", new
        {
            Rewards = rewards.Select(r => new
            {
                r.Id,
                r.Name,
                r.Description,
                r.Points,
                r.Stock,
                Affordable = isVolunteer && balance >= r.Points && r.Stock > 0,
            }).ToList(),
            SignedIn = http.User.Identity?.IsAuthenticated == true,
            IsVolunteer = isVolunteer,
            Balance = balance,
            Token = FormToken.For(http),
            Error = error,
            Success = just is null ? null : $"兑换成功：{just.Name}。取货码 {just.PickupCode}，请凭取货码到爱心超市领取。",
            Mine = mine.Select(r => new
            {
                r.Name,
                r.PickupCode,
                r.Points,
                Status = r.Status switch { RedemptionStatus.AwaitingPickup => "待领取", RedemptionStatus.PickedUp => "已领取", _ => "已取消" },
                Date = ChinaTime.FromUtc(r.CreatedUtc).ToString("yyyy-MM-dd"),
            }).ToList(),
        }), "爱心超市", status);
    }
}
