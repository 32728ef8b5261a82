using Portal.Browser.Tests.Infrastructure;

namespace Portal.Browser.Tests.Journeys;

/// <summary>A reader opens the home page, a column and the seed briefing, and prints it; then searches and opens a result.</summary>
public sealed class ReaderJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private Infrastructure.Browser Browser => site.Browser;

    [Fact]
    public void AReader_OpensTheHomePage_AColumn_AndTheSeedBriefing_AndPrintsItAsOnPaper()
    {
        Browser.Open("/");
        Assert.Contains("新时代文明实践", Browser.Find(".site-name").Text);
        Browser.Check("reader-01-home");

        Browser.Click("main a[href='/columns/gzdt']");
        Browser.WaitForLocation(p => p.StartsWith("/columns/gzdt", StringComparison.Ordinal), "the column 工作动态");
        Assert.Contains("工作动态", Browser.Find("h1").Text);
        Assert.NotEmpty(Browser.FindAll("main a[href^='/news/']"));
        Browser.Check("reader-02-column");

        Browser.Click(".main-nav a[href='/briefings']");
        Browser.WaitForLocation(p => p == "/briefings", "the briefings");
        Browser.Check("reader-03-briefings");
        Browser.ClickLink("第27期");
        Browser.WaitForLocation(p => p != "/briefings", "a briefing issue");
        Assert.Equal("江苏精神文明建设简报", Browser.Find(".briefing-series").Text);
        Assert.Equal("第27期", Browser.Find(".briefing-issue").Text);
        Browser.Check("reader-04-briefing");

        Browser.EmulatePrint(true);
        try
        {
            // On paper: no site masthead, navigation, search or site footer; the briefing's own red masthead and its footer (版记).
            Assert.False(Browser.IsShown(".masthead"));
            Assert.False(Browser.IsShown(".main-nav"));
            Assert.False(Browser.IsShown(".site-footer"));
            Assert.False(Browser.IsShown(".breadcrumb"));
            Assert.True(Browser.IsShown(".briefing-head"));
            Assert.True(Browser.IsShown(".briefing-footer"));
            Assert.True(IsRed(Browser.Style(".briefing-series", "color")), "the series name is printed in red: " + Browser.Style(".briefing-series", "color"));
            var head = Rect(".briefing-head");
            var footer = Rect(".briefing-footer");
            Assert.True(head.Top < 40, $"the briefing's masthead starts the page (top {head.Top})");
            Assert.True(footer.Top > head.Bottom, "the footer follows the articles");
            Browser.Screenshot("reader-05-briefing-print");
        }
        finally
        {
            Browser.EmulatePrint(false);
        }
    }

    [Fact]
    public void AReader_Searches志愿服务_AndOpensAHighlightedResult()
    {
        Browser.Open("/");
        Browser.Type(Browser.Find("#masthead-q"), "志愿服务");
        Browser.Press(OpenQA.Selenium.Keys.Enter);
        Browser.WaitForLocation(p => p.StartsWith("/search?", StringComparison.Ordinal), "the search results");
        // The index catches up from its task log about once a second: a fresh site's sample content may take a moment.
        Browser.Until(d =>
        {
            if (Browser.Has(".search-hit mark"))
                return true;
            d.Navigate().Refresh();
            Browser.WaitForPage();
            return false;
        }, "highlighted search results");
        var mark = Browser.Find(".search-hit mark");
        Assert.Contains(mark.Text, "志愿服务");
        Browser.Check("search-01-results");

        var first = Browser.Find(".search-hit h2 a");
        var title = first.Text;
        var href = new Uri(first.GetAttribute("href")!).AbsolutePath;
        Browser.Click(first);
        Browser.WaitForLocation(p => p.StartsWith(href, StringComparison.Ordinal), title);
        Assert.Contains(title.Trim(), Browser.Find("main h1").Text.Trim() + Browser.Find("main").Text);
        Browser.Check("search-02-result");
    }

    private (double Top, double Bottom) Rect(string css)
    {
        var r = (IReadOnlyDictionary<string, object>)Browser.Script("var r = document.querySelector(arguments[0]).getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY };", css)!;
        return (Convert.ToDouble(r["top"]), Convert.ToDouble(r["bottom"]));
    }

    private static bool IsRed(string color)
    {
        var rgb = color[(color.IndexOf('(') + 1)..color.IndexOf(')')].Split(',').Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return rgb[0] > 150 && rgb[1] < 80 && rgb[2] < 80;
    }
}
