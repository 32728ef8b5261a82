using OpenQA.Selenium;
using Portal.Abstractions.Security;
using Portal.Browser.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.Browser.Tests.Journeys;

/// <summary>An editor signs in, writes a news item with an image in the rich-text editor, publishes it and finds it on the home page.</summary>
public sealed class EditorJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Password = "Editor-pass-2026";

    private Infrastructure.Browser Browser => site.Browser;

    [Fact]
    public async Task AnEditor_WritesAndPublishesANewsItemWithAnImage_ThroughTheRichTextEditor_AndSeesItOnTheHomePage()
    {
        var (userName, _) = await site.CreateUserAsync(Password, RoleNames.Editor);
        var title = "志愿者走进南街社区开展冬季义诊" + Guid.NewGuid().ToString("N")[..4];
        const string alt = "志愿者在社区广场为老人测量血压";
        var image = Path.Combine(Path.GetTempPath(), $"yizhen-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(image, TestFiles.Png(800, 500));
        try
        {
            Browser.SignIn(userName, Password);
            Browser.Open("/admin/contents/new/News");
            Browser.Type(Browser.Find("input[name$='Title'][required]"), title);
            var editable = Browser.Find(".richtext-editor [contenteditable=true]");
            Browser.Click(editable);
            editable.SendKeys("12 月 20 日，南街社区新时代文明实践站组织医护志愿者为社区老人免费测血压、讲解冬季防病知识。");
            editable.SendKeys(Keys.Enter);

            // The editor's own image upload: its menu opens a file input, which gets the file.
            Browser.Click(Browser.Find(".richtext-toolbar [data-menu-key='group-image']"));
            Browser.Click(Browser.Find("[data-menu-key='uploadImage']"));
            var picker = Browser.Until(d => d.FindElements(By.CssSelector("body > input[type=file]")).LastOrDefault()!, "the editor's file input");
            picker.SendKeys(image);
            var inserted = Browser.Find(".richtext-editor [contenteditable=true] img");
            Assert.StartsWith("/media/", new Uri(inserted.GetAttribute("src")!).AbsolutePath);

            // Described for those who cannot see it: the editor's 编辑图片 sets the alt text.
            // The image menu shows where the pointer moved onto the image, as a mouse does it.
            new OpenQA.Selenium.Interactions.Actions(Browser.Driver).MoveToElement(inserted).Click().Perform();
            Browser.Click(Browser.Find("[data-menu-key='editImage']"));
            var altField = Browser.Until(d => d.FindElements(By.CssSelector(".w-e-modal input")).Where(i => i.Displayed).Skip(1).FirstOrDefault()!, "the image's description field");
            Browser.Type(altField, alt);
            Browser.Click(Browser.Find(".w-e-modal button"));
            Browser.Until(_ => Browser.Script("return document.querySelector('.richtext-editor [contenteditable=true] img').getAttribute('alt');") as string == alt,
                "the image's description");
            Browser.Check("editor-01-writing");

            Browser.Click("button[type=submit][value=publish]");
            Browser.WaitForLocation(p => !p.StartsWith("/admin/contents/new", StringComparison.Ordinal), "the saved news item");

            // On the home page, and the item's own page shows the image with its description.
            Browser.Open("/");
            var link = Browser.Until(d => d.FindElements(By.CssSelector("main a")).FirstOrDefault(a => a.Text.Contains(title, StringComparison.Ordinal))!, "the news item on the home page");
            Browser.Check("editor-02-home");
            Browser.Click(link);
            Browser.WaitForLocation(p => p != "/", "the news item");
            Assert.Equal(title, Browser.Find("main h1").Text.Trim());
            var shown = Browser.Find("main img[src^='/media/']");
            Assert.Equal(alt, shown.GetAttribute("alt"));
            var broken = (string)Browser.Script("return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')).join(', ');")!;
            Assert.True(broken == "", "images that do not load: " + broken);
            Browser.Check("editor-03-news");
        }
        finally
        {
            File.Delete(image);
        }
    }
}
