using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Points;

internal static class PointsTestData
{
    public static Task<int> CreateRewardAsync(this PortalFactory factory, int points, int stock, bool active = true) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<VolunteersDbContext>();
        var reward = new Reward { Name = "爱心礼品" + Guid.NewGuid().ToString("N")[..6], Description = "测试礼品", Points = points, Stock = stock, Active = active };
        db.Rewards.Add(reward);
        await db.SaveChangesAsync();
        return reward.Id;
    });

    /// <summary>The antiforgery token of the supermarket page and the redeem post, as the page's form sends it.</summary>
    public static async Task<HttpResponseMessage> RedeemAsync(this PortalClient client, int rewardId, string? token = null)
    {
        token ??= await client.AntiforgeryTokenFromLiquidAsync();
        return await client.Http.PostAsync("/volunteers/supermarket/redeem",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("RewardId", rewardId.ToString())]));
    }

    public static async Task<string> AntiforgeryTokenFromLiquidAsync(this PortalClient client)
        => (await client.GetPageAsync("/volunteers/supermarket")).QuerySelector("form.redeem-form input[type=hidden]")?.GetAttribute("value")
           ?? throw new InvalidOperationException("The supermarket page has no redeem form.");
}
