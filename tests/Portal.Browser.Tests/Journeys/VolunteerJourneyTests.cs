using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using Portal.Browser.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.Browser.Tests.Journeys;

/// <summary>
/// A resident registers as a volunteer; staff approve the registration in the admin; the volunteer signs up for an
/// activity under way, checks in through the check-in page the staff's QR code opens, and sees the hours on 我的.
/// </summary>
public sealed partial class VolunteerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Password = "Volunteer-pass-2026";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private Infrastructure.Browser Browser => site.Browser;

    [Fact]
    public async Task AResident_RegistersAsAVolunteer_IsApproved_SignsUp_ChecksIn_AndSeesTheHours()
    {
        var userName = "v" + Guid.NewGuid().ToString("N")[..10];

        // Registration (pending review).
        Browser.Open("/");
        Browser.Click(".main-nav a[href='/volunteers']");
        Browser.WaitForLocation(p => p == "/volunteers", "the volunteers' home");
        Browser.Check("volunteer-01-home");
        Browser.Click("main a[href='/volunteers/register']");
        Browser.WaitForLocation(p => p.StartsWith("/volunteers/register", StringComparison.Ordinal), "the registration form");
        Browser.Type(Browser.Find("#RealName"), "王志愿");
        Browser.Type(Browser.Find("#IdNumber"), NewIdNumber());
        Browser.Type(Browser.Find("#Mobile"), "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture));
        Browser.Type(Browser.Find("#Address"), "江阴市澄江街道南街社区");
        Browser.Find("#UnitId").SendKeys(Keys.ArrowDown);
        var unitId = Browser.Find("#UnitId").GetAttribute("value")!;
        Assert.NotEqual("", unitId);
        Browser.Click(Browser.FindAll("input[name=Skills]").First());
        Browser.Type(Browser.Find("#EmergencyContactName"), "王家属");
        Browser.Type(Browser.Find("#EmergencyContactPhone"), "0510-86860000");
        Browser.Click("input[name=SensitiveConsent]");
        Browser.Type(Browser.Find("#UserName"), userName);
        Browser.Type(Browser.Find("#Password"), Password);
        Browser.Type(Browser.Find("#ConfirmPassword"), Password);
        Browser.Check("volunteer-02-register");
        Browser.Click("form button[type=submit]:not(.search-box button)");
        Browser.WaitForLocation(p => !p.StartsWith("/volunteers/register?", StringComparison.Ordinal) && p != "/volunteers/register", "past the registration");
        Browser.Check("volunteer-03-registered");

        // Staff approve it in the admin.
        Browser.SignOut();
        Browser.SignIn("admin", PortalFactory.AdminPassword);
        Browser.Open("/admin/volunteers");
        Browser.Click(Browser.Until(d => d.FindElements(By.CssSelector("a[href^='/admin/volunteers/']")).FirstOrDefault(a => VolunteerPath().IsMatch(new Uri(a.GetAttribute("href")!).AbsolutePath))!, "the new volunteer"));
        Browser.WaitForLocation(p => VolunteerPath().IsMatch(p), "the volunteer's record");
        var volunteerId = VolunteerPath().Match(Browser.Location).Groups[1].Value;
        Browser.Check("volunteer-admin-review");
        Browser.Click("form.approve-form button[type=submit]");
        Browser.Until(_ => !Browser.Has("form.approve-form"), "the approval");
        Browser.SignOut();

        // An activity under way, open for sign-up until it ends, of the volunteer's station.
        using var staff = await site.CreateClientAsync();
        var title = "南街社区便民服务" + Guid.NewGuid().ToString("N")[..4];
        var activity = await CreateActivityUnderWayAsync(staff, unitId, title);

        // Sign-up.
        Browser.SignIn(userName, Password);
        Browser.Open($"/activities/{activity}");
        Assert.Equal(title, Browser.Find("main h1").Text.Trim());
        Browser.Check("volunteer-04-activity");
        Browser.Click("form.signup-form button[type=submit]");
        Browser.Until(_ => Browser.Has(".my-signup"), "the sign-up");
        Assert.Contains("报名成功", Browser.Find(".my-signup").Text);

        // Check-in: the page the activity's QR code opens.
        var codePage = await staff.GetPageAsync($"/admin/activities/{activity}/checkin-code");
        var checkIn = new Uri(codePage.QuerySelector(".checkin-code")!.GetAttribute("data-address")!).PathAndQuery;
        Browser.Open(checkIn);
        Assert.Equal("签到", Browser.Find("form.checkin-form button").Text.Trim());
        Browser.Check("volunteer-05-checkin");
        Browser.Click("form.checkin-form button");
        Browser.Until(_ => Browser.Has(".form-success"), "the check-in");
        Assert.Contains("签到成功", Browser.Find(".form-success").Text);
        Browser.Check("volunteer-06-checked-in");

        // Staff confirm the hours; the volunteer sees them on 我的.
        var set = await staff.SubmitFormAsync($"/admin/activities/{activity}/signups", $"tr[data-volunteer='{volunteerId}'] form.hours-form",
            new Dictionary<string, string> { ["hours"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Browser.Open("/volunteers/me");
        Assert.Equal("2", Browser.Find(".mine-approved").Text.Trim());
        Assert.Contains(Browser.FindAll(".mine-hours tr"), r => r.Text.Contains(title, StringComparison.Ordinal));
        Browser.Check("volunteer-07-mine");
    }

    /// <summary>Made by staff through the admin's form: started an hour ago, ends in two, sign-up open until the end; then 招募中.</summary>
    private static async Task<int> CreateActivityUnderWayAsync(PortalClient staff, string unitId, string title)
    {
        var now = DateTime.UtcNow.AddHours(8);
        string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var created = await staff.SubmitFormAsync("/admin/activities/create", "form.activity-form", new Dictionary<string, string>
        {
            ["Title"] = title, ["UnitId"] = unitId, ["Category"] = "便民服务", ["Platform"] = "Health", ["Place"] = "南街社区党群服务中心",
            ["Starts"] = Time(now.AddHours(-1)), ["Ends"] = Time(now.AddHours(2)), ["SignUpCloses"] = Time(now.AddHours(2)),
            ["Places"] = "10", ["Description"] = "为居民测血压、理发。",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(ActivityEditPath().Match(created.RedirectTarget()).Groups[1].Value, CultureInfo.InvariantCulture);
        var recruiting = await staff.SubmitFormAsync($"/admin/activities/{id}/edit", "form.status-form:has(input[value='Recruiting'])");
        Assert.Equal(HttpStatusCode.Redirect, recruiting.StatusCode);
        return id;
    }

    /// <summary>A valid 居民身份证 number (GB 11643 check digit).</summary>
    private static string NewIdNumber()
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 30 * 365));
        var body = $"320281{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    [GeneratedRegex(@"^/admin/volunteers/(\d+)$")]
    private static partial Regex VolunteerPath();

    [GeneratedRegex(@"/admin/activities/(\d+)/edit")]
    private static partial Regex ActivityEditPath();
}
