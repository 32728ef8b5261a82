using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Points;
using Portal.Volunteers.Tests.Hours;

namespace Portal.Volunteers.Tests.Points;

[Collection(SharedSite.Name)]
public sealed class SupermarketAdminTests(PortalFactory factory)
{
    private const string Admin = "/admin/volunteers/supermarket";

    [Fact]
    public async Task Staff_AddARewardThatThePublicCatalogueShows()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = "保温杯" + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.SubmitFormAsync(Admin, "form.reward-form", new Dictionary<string, string>
        {
            ["Name"] = name, ["Description"] = "不锈钢 500 毫升", ["Points"] = "120", ["Stock"] = "8",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reward = await factory.WithVolunteersAsync(db => db.Rewards.SingleAsync(r => r.Name == name));
        Assert.Equal((120, 8, true), (reward.Points, reward.Stock, reward.Active));
        using var visitor = factory.CreatePortalClient();
        var catalogue = await visitor.GetPageAsync("/volunteers/supermarket");
        Assert.Contains(name, catalogue.QuerySelector($"li[data-reward='{reward.Id}']")!.TextContent);
    }

    [Theory]
    [InlineData("", "10", "5", "请填写礼品名称")]
    [InlineData("雨伞", "0", "5", "兑换所需积分应为大于 0 的整数")]
    [InlineData("雨伞", "abc", "5", "兑换所需积分应为大于 0 的整数")]
    [InlineData("雨伞", "10", "-1", "库存应为 0 或正整数")]
    public async Task ARewardWithBadInput_IsRefusedWithAMessage_AndNothingIsSaved(string name, string points, string stock, string expected)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var before = await factory.WithVolunteersAsync(db => db.Rewards.CountAsync());

        var response = await admin.SubmitFormAsync(Admin, "form.reward-form", new Dictionary<string, string>
        {
            ["Name"] = name, ["Points"] = points, ["Stock"] = stock,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await PortalClient.ParseAsync(response)).Errors());
        Assert.Equal(before, await factory.WithVolunteersAsync(db => db.Rewards.CountAsync()));
    }

    [Fact]
    public async Task ARewardTakenOffSale_LeavesThePublicCatalogue_AndCannotBeRedeemed()
    {
        var reward = await factory.CreateRewardAsync(points: 10, stock: 3);
        using var admin = await factory.CreateAdminClientAsync();
        var form = await admin.GetPageAsync($"{Admin}/rewards/{reward}");
        var box = (AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[type=checkbox][name=Active]")!;
        box.IsChecked = false;

        var response = await admin.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("form.reward-form")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithVolunteersAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Active).SingleAsync()));
        var volunteer = await factory.CreateVolunteerAsync();
        await factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today);
        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<Supermarket>().RedeemAsync(volunteer.UserId, reward, default));
        Assert.Equal("这个礼品已下架，不能兑换。", result.Error);
    }

    [Fact]
    public async Task StaffOfTheUnit_MarkAPickupByItsCode_Once()
    {
        var volunteer = await factory.CreateVolunteerAsync(VolunteersTestData.StationA);
        await factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today);
        var reward = await factory.CreateRewardAsync(points: 10, stock: 3);
        var redemption = (await factory.WithScopeAsync(sp => sp.GetRequiredService<Supermarket>().RedeemAsync(volunteer.UserId, reward, default))).Redemption!;
        using var other = await factory.CreateStaffAsync(VolunteersTestData.StationB);
        using var staff = await factory.CreateStaffAsync(VolunteersTestData.StationA);

        var elsewhere = await other.SubmitFormAsync(Admin, "form.pickup-form", new Dictionary<string, string> { ["code"] = redemption.PickupCode });
        Assert.Contains("不存在", (await other.FollowAsync(elsewhere)).Errors());
        Assert.Equal(RedemptionStatus.AwaitingPickup, await StatusAsync(redemption.Id));

        var picked = await staff.SubmitFormAsync(Admin, "form.pickup-form", new Dictionary<string, string> { ["code"] = redemption.PickupCode.ToLowerInvariant() });
        Assert.Contains("已领取", (await staff.FollowAsync(picked)).Successes());
        Assert.Equal(RedemptionStatus.PickedUp, await StatusAsync(redemption.Id));

        var twice = await staff.SubmitFormAsync(Admin, "form.pickup-form", new Dictionary<string, string> { ["code"] = redemption.PickupCode });
        Assert.Contains("领取过", (await staff.FollowAsync(twice)).Errors());
    }

    [Fact]
    public async Task StaffOfAnotherStation_DoNotSeeTheRedemptionsOfThisOne()
    {
        var volunteer = await factory.CreateVolunteerAsync(VolunteersTestData.StationA);
        await factory.PostAttendanceAsync(volunteer, 2m, HoursTestData.Today);
        var reward = await factory.CreateRewardAsync(points: 10, stock: 3);
        var redemption = (await factory.WithScopeAsync(sp => sp.GetRequiredService<Supermarket>().RedeemAsync(volunteer.UserId, reward, default))).Redemption!;
        using var other = await factory.CreateStaffAsync(VolunteersTestData.StationB);
        using var staff = await factory.CreateStaffAsync(VolunteersTestData.StationA);

        Assert.DoesNotContain(redemption.PickupCode, (await other.GetPageAsync(Admin)).QuerySelector(".redemptions-table")?.TextContent ?? "");
        Assert.Contains(redemption.PickupCode, (await staff.GetPageAsync(Admin)).QuerySelector(".redemptions-table")!.TextContent);
    }

    private Task<RedemptionStatus> StatusAsync(int id) => factory.WithVolunteersAsync(db => db.Redemptions.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}
