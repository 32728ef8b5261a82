using System.Text.RegularExpressions;
using OpenQA.Selenium;
using Portal.Browser.Tests.Infrastructure;

namespace Portal.Browser.Tests.Public;

/// <summary>The main public pages on a phone (no sideways scrolling), their line spacing, and the elderly mode (大字关怀版).</summary>
public sealed partial class PublicPagesTests : IClassFixture<BrowserSite>
{
    private readonly BrowserSite site;

    public PublicPagesTests(BrowserSite site)
    {
        this.site = site;
        Browser.Forget();
    }

    private Infrastructure.Browser Browser => site.Browser;

    /// <summary>Every text element's line height over its font size; "normal" counts as failing (it depends on the font).</summary>
    private const string TightLines = """
        var least = arguments[0], bad = [];
        document.querySelectorAll('body *').forEach(function (e) {
          if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].indexOf(e.tagName) >= 0 || e.getClientRects().length === 0) return;
          var text = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim() !== ''; });
          if (!text) return;
          var s = getComputedStyle(e), size = parseFloat(s.fontSize), height = parseFloat(s.lineHeight);
          if (!(height / size >= least - 0.01))
            bad.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/\s+/g, '.') : '') + ' ' + s.lineHeight + ' / ' + s.fontSize + ' “' + e.textContent.trim().slice(0, 16) + '”');
        });
        return bad.slice(0, 12);
        """;

    /// <summary>The main public pages, as a reader reaches them.</summary>
    private IEnumerable<(string Name, string Path)> MainPages()
    {
        yield return ("home", "/");
        yield return ("column", "/columns/gzdt");
        Browser.Open("/briefings");
        yield return ("briefing", PathOf(Browser.Until(d => d.FindElements(By.CssSelector("main a")).FirstOrDefault(a => a.Text.Contains("第27期"))!, "the seed briefing")));
        yield return ("search", "/search?q=" + Uri.EscapeDataString("志愿服务"));
        yield return ("activities", "/activities");
        Browser.Open("/activities");
        yield return ("activity", PathOf(Browser.Until(d => d.FindElements(By.CssSelector("main a")).FirstOrDefault(a => ActivityPath().IsMatch(PathOf(a)))!, "an activity")));
        yield return ("needs", "/needs");
        yield return ("need-form", "/needs/new");
        yield return ("volunteers", "/volunteers");
        yield return ("units", "/units");
    }

    /// <summary>One visit per page (the tier's time is short): the phone's width, then the standard line spacing and axe at the desktop's.</summary>
    [Fact]
    public void TheMainPublicPages_FitA390PxPhoneWithoutScrollingSideways_AndSpaceEveryLineAtLeast1_3()
    {
        var tooWide = new List<string>();
        var tight = new List<string>();
        foreach (var (name, path) in MainPages().ToList())
        {
            Browser.SetViewport(Infrastructure.Browser.Phone);
            Browser.Open(path);
            var width = Browser.ScrollWidth;
            if (width > Infrastructure.Browser.Phone.Width)
                tooWide.Add($"{path}: {width} px, widest: {Browser.Script(Widest)}");
            Browser.SetViewport(Infrastructure.Browser.Desktop);
            tight.AddRange(((IReadOnlyCollection<object>)Browser.Script(TightLines, 1.3)!).Select(b => $"{path}: {b}"));
            Browser.Check("pages-" + name);
        }
        Assert.True(tooWide.Count == 0, "Pages wider than 390 px:\n" + string.Join("\n", tooWide));
        Assert.True(tight.Count == 0, "Lines spaced under 1.3:\n" + string.Join("\n", tight));
    }

    [Fact]
    public void TheElderlyMode_EnlargesTheText_SpacesItOut_AndIsRememberedFromPageToPage()
    {
        Browser.Open("/");
        var switcher = Browser.Find(".care-switch");
        Assert.Equal("false", switcher.GetAttribute("aria-pressed"));
        var (standardSize, standardLine) = (Browser.Pixels(".hero-intro", "font-size"), Browser.Pixels(".hero-intro", "line-height"));
        var standardNav = Browser.Pixels(".main-nav a", "font-size");

        Browser.Click(switcher);
        Browser.Until(_ => Browser.Script("return document.documentElement.classList.contains('care');") is true, "the elderly mode");
        Assert.Equal("true", Browser.Find(".care-switch").GetAttribute("aria-pressed"));
        var size = Browser.Pixels(".hero-intro", "font-size");
        Assert.True(size >= standardSize * 1.25 - 0.01, $"text {standardSize} px → {size} px");
        Assert.True(Browser.Pixels(".main-nav a", "font-size") >= standardNav * 1.25 - 0.01);
        Assert.True(Browser.Pixels(".hero-intro", "line-height") / size >= 1.5, $"line height {Browser.Pixels(".hero-intro", "line-height")} px for {size} px text");
        var tight = (IReadOnlyCollection<object>)Browser.Script(TightLines, 1.5)!;
        Assert.True(tight.Count == 0, "Lines spaced under 1.5 in the elderly mode:\n" + string.Join("\n", tight));
        Browser.Check("care-01-home");

        // Remembered: the next page is laid out large from the start.
        Browser.Click(".main-nav a[href='/activities']");
        Browser.WaitForLocation(p => p.StartsWith("/activities", StringComparison.Ordinal), "the activities");
        Assert.True(Browser.Script("return document.documentElement.classList.contains('care');") is true);
        Assert.Equal("true", Browser.Find(".care-switch").GetAttribute("aria-pressed"));
        Assert.True(Browser.Pixels("main h1", "font-size") >= 1.25 * 1.5 * 16 - 0.01);
        Browser.Check("care-02-activities");

        Browser.Click(".care-switch");
        Browser.Open("/");
        Assert.Equal("false", Browser.Find(".care-switch").GetAttribute("aria-pressed"));
        Assert.Equal(standardSize, Browser.Pixels(".hero-intro", "font-size"));
        Assert.Equal(standardLine, Browser.Pixels(".hero-intro", "line-height"));
    }

    // The checks themselves see what they are for: a page with planted faults fails them.

    [Fact]
    public void Axe_ReportsAnImageWithoutAlt_AndAFieldWithoutALabel_AsSeriousOrCritical()
    {
        Browser.Open("/about");
        Axe.AssertNoSeriousViolations(Browser);
        Browser.Script("""
            var main = document.querySelector('main');
            var img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; main.append(img);
            var input = document.createElement('input'); input.type = 'text'; main.append(input);
            """);

        var found = Axe.Violations(Browser).Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ToList();

        Assert.Contains("image-alt", found);
        Assert.Contains("label", found);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Axe.AssertNoSeriousViolations(Browser));
    }

    [Fact]
    public void TheWidthAndSpacingChecks_CatchAnElementWiderThanThePhone_WithCrampedLines()
    {
        Browser.SetViewport(Infrastructure.Browser.Phone);
        try
        {
            Browser.Open("/about");
            Assert.True(Browser.ScrollWidth <= Infrastructure.Browser.Phone.Width);
            Assert.Empty((IReadOnlyCollection<object>)Browser.Script(TightLines, 1.3)!);
            Browser.Script("var d = document.createElement('p'); d.textContent = '挤在一起的文字'; d.style.width = '480px'; d.style.lineHeight = '1.1'; document.querySelector('main').append(d);");
            Assert.True(Browser.ScrollWidth > Infrastructure.Browser.Phone.Width);
            Assert.Contains("挤在一起的文字", string.Join(" ", (IReadOnlyCollection<object>)Browser.Script(TightLines, 1.3)!));
        }
        finally
        {
            Browser.SetViewport(Infrastructure.Browser.Desktop);
        }
    }

    private const string Widest = """
        var w = document.documentElement.clientWidth, out = [];
        document.querySelectorAll('body *').forEach(function (e) {
          var r = e.getBoundingClientRect();
          if (r.right > w + 0.5) out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/\s+/g, '.') : '') + ' (' + Math.round(r.right) + ')');
        });
        return out.slice(0, 6).join(', ');
        """;

    private static string PathOf(IWebElement link) => new Uri(link.GetAttribute("href")!).PathAndQuery;

    [GeneratedRegex(@"^/activities/\d+$")]
    private static partial Regex ActivityPath();
}
