using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Points;

/// <summary>A reward as staff type it; numbers are read here so bad input gets a message.</summary>
internal sealed class RewardInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Points { get; set; }

    public string? Stock { get; set; }

    public bool Active { get; set; } = true;
}

internal sealed record RewardResult(Reward? Reward, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

internal sealed record RedeemResult(Redemption? Redemption, Reward? Reward, string? Error)
{
    public bool Succeeded => Error is null;

    public static RedeemResult Fail(string error) => new(null, null, error);
}

/// <summary>
/// The love supermarket (爱心超市): a catalogue of rewards with stock, redeemed with points. A redemption holds the
/// volunteer's points lock and then the reward's lock (always in that order, so two redemptions never wait on each
/// other crosswise), reads balance and stock after both, and writes the redemption, the points line and the stock in
/// one transaction: neither the balance nor the stock can go below zero however many requests arrive at once.
/// </summary>
internal sealed class Supermarket(VolunteersDbContext db, IUnitOfWork unitOfWork, PointsAccount points, VolunteerAccess access, TimeProvider time)
{
    /// <summary>Letters and digits that cannot be mistaken for each other when read out or typed (no 0/O, 1/I/L).</summary>
    public const string PickupAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int PickupCodeLength = 8;

    public static string RewardLockName(int rewardId) => $"volunteers:reward:{rewardId}";

    public static string NewPickupCode() => RandomNumberGenerator.GetString(PickupAlphabet, PickupCodeLength);

    public Task<List<Reward>> CatalogueAsync(CancellationToken cancellationToken)
        => db.Rewards.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Points).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<List<Reward>> AllRewardsAsync(CancellationToken cancellationToken)
        => db.Rewards.AsNoTracking().OrderByDescending(r => r.Active).ThenBy(r => r.Points).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<Reward?> FindRewardAsync(int id, CancellationToken cancellationToken)
        => db.Rewards.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<RewardResult> SaveRewardAsync(int? id, RewardInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var name = (input.Name ?? "").Trim();
        var description = (input.Description ?? "").Trim();
        if (name.Length == 0)
            errors["Name"] = "请填写礼品名称。";
        else if (name.Length > 64)
            errors["Name"] = "礼品名称不能超过 64 个字。";
        if (description.Length > 500)
            errors["Description"] = "说明不能超过 500 字。";
        if (!int.TryParse((input.Points ?? "").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var price) || price < 1)
            errors["Points"] = "兑换所需积分应为大于 0 的整数。";
        if (!int.TryParse((input.Stock ?? "").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stock) || stock < 0)
            errors["Stock"] = "库存应为 0 或正整数。";
        if (errors.Count > 0)
            return new RewardResult(null, errors);

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            Reward? reward;
            if (id is null)
            {
                reward = new Reward();
                db.Rewards.Add(reward);
            }
            else
            {
                // The reward's lock: a stock change never crosses a redemption taking one off.
                await unitOfWork.LockAsync(RewardLockName(id.Value), ct);
                reward = await db.Rewards.FirstOrDefaultAsync(r => r.Id == id, ct);
                if (reward is null)
                    return new RewardResult(null, new Dictionary<string, string> { [""] = "找不到这个礼品。" });
            }
            reward.Name = name;
            reward.Description = description;
            reward.Points = price;
            reward.Stock = stock;
            reward.Active = input.Active;
            await db.SaveChangesAsync(ct);
            return new RewardResult(reward, new Dictionary<string, string>());
        }, cancellationToken);
    }

    /// <summary>Redeems one of <paramref name="rewardId"/> for the approved volunteer of <paramref name="userId"/>.</summary>
    public async Task<RedeemResult> RedeemAsync(string userId, int rewardId, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, cancellationToken);
        if (volunteer is null || volunteer.Status != VolunteerStatus.Approved)
            return RedeemResult.Fail("只有审核通过的志愿者才能兑换礼品。");

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(PointsAccount.LockName(volunteer.Id), ct);
            await unitOfWork.LockAsync(RewardLockName(rewardId), ct);
            var reward = await db.Rewards.FirstOrDefaultAsync(r => r.Id == rewardId, ct);
            if (reward is null || !reward.Active)
                return RedeemResult.Fail("这个礼品已下架，不能兑换。");
            if (reward.Stock <= 0)
                return RedeemResult.Fail($"“{reward.Name}” 已经兑换完了，请选择其他礼品。");
            var balance = await points.BalanceAsync(volunteer.Id, ct);
            if (balance < reward.Points)
                return RedeemResult.Fail($"积分不足：兑换 “{reward.Name}” 需要 {reward.Points} 积分，您现有 {balance} 积分。");

            var now = time.GetUtcNow().UtcDateTime;
            var redemption = new Redemption
            {
                RewardId = reward.Id,
                VolunteerId = volunteer.Id,
                Points = reward.Points,
                PickupCode = await UnusedPickupCodeAsync(ct),
                Status = RedemptionStatus.AwaitingPickup,
                CreatedUtc = now,
            };
            db.Redemptions.Add(redemption);
            reward.Stock -= 1;
            await db.SaveChangesAsync(ct);
            db.PointsEntries.Add(new PointsEntry
            {
                VolunteerId = volunteer.Id,
                Points = -reward.Points,
                Reason = Clip($"兑换 “{reward.Name}”"),
                RedemptionId = redemption.Id,
                CreatedUtc = now,
            });
            await db.SaveChangesAsync(ct);
            return new RedeemResult(redemption, reward, null);
        }, cancellationToken);
    }

    /// <summary>Marks a redemption picked up by its code, for a volunteer within the staff member's units.</summary>
    public async Task<RedeemResult> PickUpAsync(ClaimsPrincipal staff, string? code, CancellationToken cancellationToken)
    {
        var normalized = (code ?? "").Trim().Replace(" ", "").ToUpperInvariant();
        if (normalized.Length == 0)
            return RedeemResult.Fail("请填写取货码。");

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var redemption = await db.Redemptions.FirstOrDefaultAsync(r => r.PickupCode == normalized, ct);
            if (redemption is null || await access.FindAsync(staff, redemption.VolunteerId, ct) is null)
                return RedeemResult.Fail($"取货码 {normalized} 不存在，请核对。");
            await unitOfWork.LockAsync(RewardLockName(redemption.RewardId), ct);
            await db.Entry(redemption).ReloadAsync(ct);
            var reward = await db.Rewards.AsNoTracking().FirstOrDefaultAsync(r => r.Id == redemption.RewardId, ct);
            if (redemption.Status == RedemptionStatus.PickedUp)
                return new RedeemResult(redemption, reward,
                    $"取货码 {normalized} 已于 {Portal.Abstractions.Display.ChinaTime.FromUtc(redemption.PickedUpUtc!.Value):yyyy-MM-dd HH:mm} 领取过。");
            if (redemption.Status == RedemptionStatus.Cancelled)
                return new RedeemResult(redemption, reward, $"取货码 {normalized} 的兑换已取消。");
            redemption.Status = RedemptionStatus.PickedUp;
            redemption.PickedUpUtc = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return new RedeemResult(redemption, reward, null);
        }, cancellationToken);
    }

    private async Task<string> UnusedPickupCodeAsync(CancellationToken ct)
    {
        // 31^8 ≈ 8.5e11 codes: a clash is all but impossible, and the unique index is the last guard.
        while (true)
        {
            var code = NewPickupCode();
            if (!await db.Redemptions.AnyAsync(r => r.PickupCode == code, ct))
                return code;
        }
    }

    private static string Clip(string value) => value.Length > 200 ? value[..200] : value;
}
