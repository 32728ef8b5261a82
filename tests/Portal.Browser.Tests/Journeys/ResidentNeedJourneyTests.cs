using System.Net;
using OpenQA.Selenium;
using Portal.Browser.Tests.Infrastructure;

namespace Portal.Browser.Tests.Journeys;

/// <summary>
/// A resident orders a service (点单) and rates it (评单) with the keyboard alone: Tab, arrow keys, typing and Enter,
/// never a click. The center's and the station's steps in between are staff's, through the admin's forms.
/// </summary>
public sealed class ResidentNeedJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private Infrastructure.Browser Browser => site.Browser;

    [Fact]
    public async Task AResident_OrdersAServiceAndRatesIt_WithTheKeyboardOnly()
    {
        var title = "教老人用手机挂号" + Guid.NewGuid().ToString("N")[..4];
        Browser.Open("/");

        // From the home page to the order form.
        Browser.TabTo(".main-nav a[href='/needs']");
        Browser.Press(Keys.Enter);
        Browser.WaitForLocation(p => p == "/needs", "the needs menu");
        Browser.Check("need-01-menu");
        Browser.TabTo("main a[href='/needs/new']");
        Browser.Press(Keys.Enter);
        Browser.WaitForLocation(p => p == "/needs/new", "the order form");

        // 点单.
        Browser.TabTo("#Category");
        Browser.Press(Keys.ArrowDown);
        Browser.TabAndType("#Title", title);
        Browser.TabAndType("#Description", "小区里的老人想学用手机挂号、付款和视频通话。");
        Browser.TabTo("#Unit");
        Browser.Press(Keys.ArrowDown);
        Browser.TabAndType("#ContactName", "李桂英");
        Browser.TabAndType("#Phone", "139" + Random.Shared.Next(0, 100_000_000).ToString("D8"));
        Browser.TabAndType("#PreferredTime", "周六上午");
        Assert.NotEqual("", Browser.Find("#Category").GetAttribute("value"));
        Assert.NotEqual("", Browser.Find("#Unit").GetAttribute("value"));
        Browser.Check("need-02-form");
        Browser.TabTo("form.need-form button[type=submit]");
        Browser.Press(Keys.Enter);
        Browser.WaitForLocation(p => p.StartsWith("/needs/track/", StringComparison.Ordinal), "the need's private page");
        var track = Browser.Location.Split('?')[0];
        var number = Browser.Find(".need-submitted .need-number").Text;
        Assert.Matches(@"^XQ\d{8}-\d{4}$", number);
        Assert.Equal("待审核", Browser.Find(".need-status").Text.Trim());
        Assert.Equal(title, Browser.Find(".need-title").Text.Trim());
        Browser.Check("need-03-submitted");

        await StaffServeAsync(number);

        // 评单, through the private link.
        Browser.Open(track);
        Assert.Equal("已完成", Browser.Find(".need-status").Text.Trim());
        Browser.TabTo("form.rating-form input[name=Rating]");
        Browser.Press(Keys.ArrowRight, Keys.ArrowRight, Keys.ArrowRight);
        Assert.Equal("4", (string)Browser.Script("return document.querySelector('input[name=Rating]:checked').value;")!);
        Browser.TabAndType("#Comment", "老师很耐心，讲得很清楚");
        Browser.Check("need-04-rate");
        Browser.TabTo("form.rating-form button[type=submit]");
        Browser.Press(Keys.Enter);
        Browser.Until(_ => Browser.Has(".need-rated"), "the rating to be shown");
        Browser.WaitForPage();
        Assert.Contains("4 星", Browser.Find(".need-rated").Text);
        Assert.Contains("老师很耐心", Browser.Find(".need-rated").Text);
        Assert.False(Browser.Has("form.rating-form"));
        Browser.Check("need-05-rated");
    }

    /// <summary>审单, 派单, 接单 and done, as the center's staff do them on the need's admin page.</summary>
    private async Task StaffServeAsync(string number)
    {
        using var staff = await site.CreateClientAsync();
        var list = await staff.GetPageAsync("/admin/needs");
        var row = list.QuerySelectorAll("tr[data-need]").Single(r => r.TextContent.Contains(number));
        var detail = $"/admin/needs/{row.GetAttribute("data-need")}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.review-approve")).StatusCode);
        // Dispatched to the village (community) the resident chose, which the form offers first.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.dispatch-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.accept-form",
            new Dictionary<string, string> { ["kind"] = "Direct", ["note"] = "周六上午在党群服务中心开课" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(detail, "form.complete-form")).StatusCode);
    }
}
