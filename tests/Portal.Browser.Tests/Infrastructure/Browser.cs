using System.Drawing;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>) driven through its own <c>/usr/bin/chromedriver</c>: both paths
/// are given, so Selenium Manager never looks for (or downloads) a browser or driver.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";

    public static readonly Size Desktop = new(1366, 768);
    public static readonly Size Phone = new(390, 844);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly Uri _site;
    private Size _viewport;

    public Browser(Uri site)
    {
        _site = site;
        if (!File.Exists(ChromiumPath) || !File.Exists(ChromeDriverPath))
            throw new InvalidOperationException($"The browser tests need Debian's chromium and chromium-driver ({ChromiumPath}, {ChromeDriverPath}); ./test.sh installs them.");
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
            "--window-size=1366,768", "--force-device-scale-factor=1", "--disable-extensions", "--no-first-run", "--disable-search-engine-choice-screen");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(30);
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        SetViewport(Desktop);
    }

    public ChromeDriver Driver { get; }

    /// <summary>The path and query of the page shown.</summary>
    public string Location => new Uri(Driver.Url).PathAndQuery;

    public void Open(string path)
    {
        Driver.Navigate().GoToUrl(new Uri(_site, path));
        WaitForPage();
    }

    /// <summary>Waits until the page shown has loaded (after a click or a key that navigates).</summary>
    public void WaitForPage()
        => Until(d => Equals(((IJavaScriptExecutor)d).ExecuteScript("return document.readyState"), "complete"));

    /// <summary>Waits until the address is <paramref name="path"/> (or starts with it) and the page has loaded.</summary>
    public void WaitForLocation(Func<string, bool> path, string what)
    {
        Until(_ => path(Location), $"the page to become {what}; it is {Location}");
        WaitForPage();
    }

    public IWebElement Find(string css) => Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed)!, $"a visible {css} on {Location}");

    /// <summary>Scrolls the element to the middle of the window (no smooth scrolling) and clicks it.</summary>
    public void Click(IWebElement element)
    {
        Script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", element);
        element.Click();
    }

    public void Click(string css) => Click(Find(css));

    /// <summary>Clicks the visible link whose text contains <paramref name="text"/>, within <paramref name="scope"/>.</summary>
    public void ClickLink(string text, string scope = "main")
        => Click(Until(d => d.FindElements(By.CssSelector($"{scope} a")).FirstOrDefault(a => a.Displayed && a.Text.Contains(text, StringComparison.Ordinal))!,
            $"a link “{text}” in {scope} on {Location}"));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public bool Has(string css) => Driver.FindElements(By.CssSelector(css)).Count > 0;

    public T Until<T>(Func<IWebDriver, T> condition, string? what = null)
    {
        var wait = new WebDriverWait(Driver, Patience);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        try
        {
            return wait.Until(condition);
        }
        catch (WebDriverTimeoutException e)
        {
            throw new WebDriverTimeoutException($"Waited {Patience.TotalSeconds} s for {what ?? "a condition"}.", e);
        }
    }

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    /// <summary>A computed style property of the first element matching <paramref name="css"/>.</summary>
    public string Style(string css, string property)
        => (string)Script("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);", css, property)!;

    /// <summary>A computed length in pixels (font-size, line-height, width…).</summary>
    public double Pixels(string css, string property)
        => double.Parse(Style(css, property).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);

    public bool IsShown(string css)
        => (bool)Script("var e = document.querySelector(arguments[0]); if (!e) return false; var r = e.getBoundingClientRect(); " +
                        "return getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden' && r.width > 0 && r.height > 0;", css)!;

    /// <summary>How wide the document is, scrolled sideways as far as it goes.</summary>
    public long ScrollWidth => Convert.ToInt64(Script("return document.documentElement.scrollWidth;"));

    public void SetViewport(Size size)
    {
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = size.Width, ["height"] = size.Height, ["deviceScaleFactor"] = 1, ["mobile"] = size.Width < 600,
        });
        _viewport = size;
        Settle();
    }

    /// <summary>Emulates print media (as Chromium's print preview lays the page out) or the screen again.</summary>
    public void EmulatePrint(bool print)
    {
        Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = print ? "print" : "" });
        Settle();
    }

    /// <summary>Saves the page as it looks now: <c>{name}-desktop.png</c> and <c>{name}-phone.png</c>.</summary>
    public void Screenshot(string name)
    {
        Until(_ => Script("return Array.prototype.every.call(document.images, function (i) { return i.complete; });") is true, $"the images of {Location} to load");
        var was = _viewport;
        foreach (var (size, label) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            SetViewport(size);
            Driver.GetScreenshot().SaveAsFile(Path.Combine(Artifacts.Screenshots, $"{name}-{label}.png"));
        }
        SetViewport(was);
    }

    /// <summary>Every journey page: no serious or critical axe-core violation, and screenshots at both sizes.</summary>
    public void Check(string name)
    {
        Axe.AssertNoSeriousViolations(this);
        Screenshot(name);
    }

    public void SignIn(string userName, string password)
    {
        Open("/account/login");
        Type(Find("#UserName"), userName);
        Type(Find("#Password"), password);
        Find("form[action='/account/login'] button[type=submit]").Click();
        WaitForLocation(p => !p.StartsWith("/account/login", StringComparison.Ordinal), "past the sign-in");
    }

    public void SignOut() => Driver.Manage().Cookies.DeleteAllCookies();

    /// <summary>Forgets what an earlier test left in this browser: cookies (the sign-in) and local storage (the elderly mode).</summary>
    public void Forget()
    {
        Open("/");
        Driver.Manage().Cookies.DeleteAllCookies();
        Script("localStorage.clear();");
    }

    public void Type(IWebElement field, string text)
    {
        field.Clear();
        field.SendKeys(text);
    }

    // ---- keyboard only ----

    /// <summary>Presses keys on whatever has the focus.</summary>
    public void Press(params string[] keys) => new Actions(Driver).SendKeys(string.Concat(keys)).Perform();

    /// <summary>Presses Tab until the focused element matches <paramref name="css"/> (at most <paramref name="limit"/> times).</summary>
    public IWebElement TabTo(string css, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            Press(Keys.Tab);
            if ((bool)Script("return document.activeElement !== null && document.activeElement.matches(arguments[0]);", css)!)
                return Driver.SwitchTo().ActiveElement();
        }
        throw new InvalidOperationException($"{limit} presses of Tab on {Location} never reached {css}.");
    }

    /// <summary>Tabs to the field and types into it.</summary>
    public void TabAndType(string css, string text)
    {
        TabTo(css);
        Press(text);
    }

    /// <summary>Waits two animation frames, so what a style or size change lays out is painted.</summary>
    private void Settle()
        => Driver.ExecuteAsyncScript("var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");

    public string Json(object? value) => JsonSerializer.Serialize(value);

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }
}
