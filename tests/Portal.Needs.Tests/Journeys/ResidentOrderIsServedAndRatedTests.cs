using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Needs.Models;
using Portal.Testing;

namespace Portal.Needs.Tests.Journeys;

/// <summary>点单 → 审单 → 派单 → 接单 → done → 评单, each step through the page a person would use.</summary>
[Collection(SharedSite.Name)]
public sealed partial class ResidentOrderIsServedAndRatedTests(PortalFactory site)
{
    [Fact]
    public async Task ResidentOrders_CenterDispatches_StationServes_ResidentRates_AndTheUnitsFiguresCountIt()
    {
        var (stationA, _) = await site.CreateStationsAsync();
        var title = NeedsTestData.Unique("智能手机培训");
        using var resident = site.CreatePortalClient();

        // 点单, without an account.
        var ordered = await resident.SubmitFormAsync("/needs/new", "form.need-form", NeedsTestData.ValidForm(stationA.Code, title, NeedsTestData.NewMobile()));
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        var trackUrl = ordered.RedirectTarget().Split('?')[0];
        Assert.Matches(TrackUrl(), trackUrl);
        var tracked = await resident.FollowAsync(ordered);
        var need = await site.ReadAsync(db => db.Needs.AsNoTracking().SingleAsync(n => n.Title == title));
        Assert.Matches(@"^XQ\d{8}-\d{4}$", need.Number);
        Assert.Contains(need.Number, tracked.QuerySelector(".need-submitted")!.TextContent);
        Assert.Contains(trackUrl, tracked.QuerySelector(".need-link")!.TextContent);
        Assert.Equal("待审核", tracked.QuerySelector(".need-status")!.TextContent.Trim());
        Assert.Equal("李*英 139****" + need.PhoneMasked[^4..], tracked.QuerySelectorAll(".details dd").Last().TextContent.Trim());

        // 审单 and 派单 by the center.
        using var center = await site.CreateAdminClientAsync();
        var detail = $"/admin/needs/{need.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await center.SubmitFormAsync(detail, "form.review-approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await center.SubmitFormAsync(detail, "form.dispatch-form",
            new Dictionary<string, string> { ["unitId"] = stationA.Id.ToString() })).StatusCode);
        Assert.Equal((NeedStatus.Dispatched, stationA.Id), ((await site.NeedAsync(need.Id)).Status, (await site.NeedAsync(need.Id)).AssignedUnitId));

        // 接单 as an activity, then done, by the station's staff.
        using var staff = await site.CreateStaffClientAsync(stationA.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.accept-form", new Dictionary<string, string>
        {
            ["kind"] = nameof(ServiceKind.Activity), ["link"] = "/activities/12", ["note"] = "周六上午在党群服务中心开课",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.complete-form")).StatusCode);

        // 评单 through the private link.
        var page = await resident.GetPageAsync(trackUrl);
        Assert.Contains("/activities/12", page.QuerySelector(".need-service a")!.GetAttribute("href"));
        var rated = await resident.SubmitFormAsync(trackUrl, "form.rating-form", new Dictionary<string, string> { ["Rating"] = "4", ["Comment"] = "老师很耐心" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        page = await resident.FollowAsync(rated);
        Assert.Contains("4 星", page.QuerySelector(".need-rated")!.TextContent);
        Assert.Null(page.QuerySelector("form.rating-form"));

        var saved = await site.NeedAsync(need.Id);
        Assert.Equal((NeedStatus.Done, 4, "老师很耐心"), (saved.Status, saved.Rating, saved.RatingComment));
        var steps = await site.ReadAsync(db => db.Steps.Where(s => s.NeedId == need.Id).OrderBy(s => s.Id).Select(s => s.Status).ToListAsync());
        Assert.Equal([NeedStatus.Submitted, NeedStatus.Approved, NeedStatus.Dispatched, NeedStatus.Accepted, NeedStatus.Done], steps);
        Assert.Equal(5, page.QuerySelectorAll(".need-history li time").Length);

        // The station's figures: one done, rated 4.
        var stats = await staff.GetPageAsync("/admin/needs/stats");
        var row = stats.QuerySelectorAll(".need-stats tbody tr").Single(r => r.QuerySelector("th")!.TextContent == stationA.Name);
        Assert.Equal(("1", "1", "4.00"), (row.QuerySelector($"[data-status={NeedStatus.Done}]")!.TextContent, row.QuerySelector(".rated")!.TextContent,
            row.QuerySelector(".average")!.TextContent));
    }

    [Fact]
    public async Task StationRefuses_TheNeedGoesBackToTheCenter_WhichDispatchesItElsewhere()
    {
        var (stationA, stationB) = await site.CreateStationsAsync();
        var (id, _) = await site.OrderAsync(stationA.Code);
        await site.StepAsync(s => s.ReviewAsync(id, true, null, "中心"), s => s.DispatchAsync(id, stationA.Id, "中心"));
        using var staff = await site.CreateStaffClientAsync(stationA.Id);

        var empty = await staff.SubmitFormAsync($"/admin/needs/{id}", "form.refuse-form", new Dictionary<string, string> { ["reason"] = " " });
        Assert.Contains("拒单时请填写原因", (await staff.FollowAsync(empty)).Errors());
        Assert.Equal(NeedStatus.Dispatched, (await site.NeedAsync(id)).Status);

        await staff.SubmitFormAsync($"/admin/needs/{id}", "form.refuse-form", new Dictionary<string, string> { ["reason"] = "本站近期没有懂手机的志愿者" });
        var back = await site.NeedAsync(id);
        Assert.Equal((NeedStatus.Approved, (int?)null), (back.Status, back.AssignedUnitId));

        await site.StepAsync(s => s.DispatchAsync(id, stationB.Id, "中心"));
        Assert.Equal(stationB.Id, (await site.NeedAsync(id)).AssignedUnitId);
        var notes = await site.ReadAsync(db => db.Steps.Where(s => s.NeedId == id).Select(s => s.Note).ToListAsync());
        Assert.Contains("拒单：本站近期没有懂手机的志愿者", notes);
    }

    [GeneratedRegex("^/needs/track/[A-Za-z0-9_-]{32}$")]
    private static partial Regex TrackUrl();
}
