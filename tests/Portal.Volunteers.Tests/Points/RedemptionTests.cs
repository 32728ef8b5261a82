using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Points;
using Portal.Volunteers.Tests.Hours;

namespace Portal.Volunteers.Tests.Points;

[DatabaseSensitive("redemptions in parallel against balance and stock")]
[Collection(SharedSite.Name)]
public sealed partial class RedemptionTests(PortalFactory factory)
{
    private Task<int> BalanceAsync(TestVolunteer volunteer)
        => factory.WithVolunteersAsync(db => db.PointsEntries.Where(p => p.VolunteerId == volunteer.Id).SumAsync(p => p.Points));

    private Task<int> StockAsync(int rewardId) => factory.WithVolunteersAsync(db => db.Rewards.Where(r => r.Id == rewardId).Select(r => r.Stock).SingleAsync());

    [Fact]
    public async Task Redeeming_GivesAPickupCode_AndTakesPointsAndStock()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 5m, HoursTestData.Today.AddDays(-1));
        var reward = await factory.CreateRewardAsync(points: 30, stock: 4);
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);

        var response = await client.RedeemAsync(reward);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = await client.FollowAsync(response);
        var redemption = await factory.WithVolunteersAsync(db => db.Redemptions.SingleAsync(r => r.VolunteerId == volunteer.Id));
        Assert.Matches(PickupCode(), redemption.PickupCode);
        Assert.Contains(redemption.PickupCode, page.QuerySelector(".form-success")!.TextContent);
        Assert.Equal(RedemptionStatus.AwaitingPickup, redemption.Status);
        Assert.Equal(20, await BalanceAsync(volunteer));
        Assert.Equal(3, await StockAsync(reward));
        Assert.Equal("20", page.QuerySelector(".supermarket-balance strong")!.TextContent);
    }

    [Fact]
    public async Task Redeeming_OverTheBalance_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today.AddDays(-1));
        var reward = await factory.CreateRewardAsync(points: 50, stock: 3);
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);

        var response = await client.RedeemAsync(reward);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("积分不足：兑换", (await PortalClient.ParseAsync(response)).QuerySelector(".form-error")!.TextContent);
        Assert.Equal(20, await BalanceAsync(volunteer));
        Assert.Equal(3, await StockAsync(reward));
        Assert.False(await factory.WithVolunteersAsync(db => db.Redemptions.AnyAsync(r => r.VolunteerId == volunteer.Id)));
    }

    [Fact]
    public async Task Redeeming_WhatIsOutOfStock_IsRefusedWithAMessage()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today.AddDays(-1));
        var reward = await factory.CreateRewardAsync(points: 5, stock: 0);
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);

        var response = await client.RedeemAsync(reward);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已经兑换完了", (await PortalClient.ParseAsync(response)).QuerySelector(".form-error")!.TextContent);
        Assert.Equal(20, await BalanceAsync(volunteer));
    }

    [Fact]
    public async Task Redeeming_ByAnAnonymousVisitor_AsksToSignIn()
    {
        var reward = await factory.CreateRewardAsync(points: 5, stock: 1);
        using var client = factory.CreatePortalClient();
        var page = await client.GetPageAsync("/volunteers/supermarket");
        Assert.NotNull(page.QuerySelector($"li[data-reward='{reward}']"));
        Assert.Null(page.QuerySelector("form.redeem-form"));

        var response = await client.Http.PostAsync("/volunteers/supermarket/redeem", new FormUrlEncodedContent([new("RewardId", reward.ToString())]));

        Assert.NotEqual(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(1, await StockAsync(reward));
    }

    [Fact]
    public async Task TwentyRedemptionsAtOnce_WithPointsForThree_ExactlyThreeSucceed_AndTheBalanceIsZero()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 6m, HoursTestData.Today.AddDays(-1)); // 60 points
        var reward = await factory.CreateRewardAsync(points: 20, stock: 100);
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);
        var token = await client.AntiforgeryTokenFromLiquidAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => client.RedeemAsync(reward, token))));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.SeeOther));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.SeeOther), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(0, await BalanceAsync(volunteer));
        Assert.Equal(97, await StockAsync(reward));
        Assert.Equal(3, await factory.WithVolunteersAsync(db => db.Redemptions.CountAsync(r => r.VolunteerId == volunteer.Id)));
    }

    [Fact]
    public async Task ThirtyVolunteersAtOnce_ForAStockOfFive_ExactlyFiveSucceed()
    {
        var reward = await factory.CreateRewardAsync(points: 10, stock: 5);
        var clients = new List<(PortalClient Client, string Token)>();
        for (var i = 0; i < 30; i++)
        {
            var volunteer = await factory.CreateVolunteerAsync();
            await factory.PostAttendanceAsync(volunteer, 1m, HoursTestData.Today.AddDays(-1));
            var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);
            clients.Add((client, await client.AntiforgeryTokenFromLiquidAsync()));
        }

        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.Client.RedeemAsync(reward, c.Token))));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.SeeOther));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.SeeOther), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(0, await StockAsync(reward));
        Assert.Equal(5, await factory.WithVolunteersAsync(db => db.Redemptions.CountAsync(r => r.RewardId == reward)));
        foreach (var (client, _) in clients)
            client.Dispose();
    }

    [Fact]
    public void PickupCodes_AreEightCharactersOfAnUnambiguousAlphabet()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => Supermarket.NewPickupCode()).ToList();

        Assert.All(codes, code => Assert.Matches(PickupCode(), code));
        Assert.True(codes.Distinct().Count() > 990);
    }

    [GeneratedRegex("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$")]
    private static partial Regex PickupCode();
}
