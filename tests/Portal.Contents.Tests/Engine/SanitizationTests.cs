using AngleSharp;
using AngleSharp.Dom;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Contents.Tests.Engine;

[Collection(SharedSite.Name)]
public sealed class SanitizationTests(PortalFactory factory)
{
    /// <summary>Each payload carries the text 保留文字, which must survive while the script does not.</summary>
    public static TheoryData<string> Payloads => new()
    {
        "<p>保留文字</p><script>alert(1)</script>",
        "<p>保留文字<SCRIPT SRC=//evil.example/x.js></SCRIPT></p>",
        "<p onclick=\"alert(1)\">保留文字</p>",
        "<img src=x onerror=alert(1)>保留文字",
        "<body onload=alert(1)>保留文字</body>",
        "<a href=\"javascript:alert(1)\">保留文字</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">保留文字</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">保留文字</a>",
        "<a href=\"java&#x09;script:alert(1)\">保留文字</a>",
        "<a href=\" javascript:alert(1)\">保留文字</a>",
        "<svg onload=alert(1)><circle r=10 /></svg><p>保留文字</p>",
        "<svg><script>alert(1)</script></svg><p>保留文字</p>",
        "<iframe src=\"javascript:alert(1)\"></iframe><p>保留文字</p>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>保留文字</p>",
        "<p style=\"width: expression(alert(1))\">保留文字</p>",
        "<p style=\"background-image: url(javascript:alert(1))\">保留文字</p>",
        "<style>body{background:url(javascript:alert(1))}</style><p>保留文字</p>",
        "<img src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">保留文字",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object><p>保留文字</p>",
        "<embed src=\"javascript:alert(1)\"><p>保留文字</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>保留文字</p>",
        "<math href=\"javascript:alert(1)\">保留文字</math>",
        "<form action=\"javascript:alert(1)\"><input type=submit formaction=\"javascript:alert(1)\"><button>保留文字</button></form>",
        "<details open ontoggle=alert(1)>保留文字</details>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>保留文字</p>",
        "<base href=\"javascript:alert(1)//\"><a href=\"/x\">保留文字</a>",
        "<div data-href=\"javascript:alert(1)\">保留文字</div>",
        "<a href=\"vbscript:msgbox(1)\">保留文字</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">保留文字</p></noscript><p>保留文字</p>",
        "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--><p class=\"MsoNormal\" style=\"mso-margin-top-alt:auto;text-indent:2em\"><span lang=\"EN-US\" style=\"font-family:宋体;mso-bidi-font-family:宋体\">保留文字<o:p></o:p></span></p>",
        "<!--[if !supportLists]--><span style=\"mso-list:Ignore\">1.</span><!--[endif]--><p class=MsoListParagraph>保留文字</p>",
        "<p>保留文字</p><img src=\"x\" alt=\"\" onmouseover=\"alert(1)\"/>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task AnXssPayloadInTheBody_IsSavedWithoutScript_AndKeepsItsText(string payload)
    {
        var type = await factory.CreateTypeAsync("XssNews");

        var saved = await factory.CreateItemAsync(type.Name, "XSS 测试", payload);

        await AssertSafeAsync(saved.As<HtmlBodyPart>()!.Html, payload);
        await AssertSafeAsync((await factory.PublishedAsync(saved.ContentItemId))!.As<HtmlBodyPart>()!.Html, payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task AnXssPayloadInAnHtmlField_IsSavedWithoutScript_AndKeepsItsText(string payload)
    {
        var type = await factory.CreateTypeAsync("XssNews", new ContentField { Name = "Note", DisplayName = "说明", Kind = ContentFieldKind.Html });

        var saved = await factory.WithContentsAsync(async c =>
        {
            var item = await c.NewAsync(type.Name);
            item.Alter<TitlePart>(p => p.Title = "字段 XSS 测试");
            item.Fields["Note"] = payload;
            return (await c.SaveAsync(item, SaveAction.Publish)).Item!;
        });

        await AssertSafeAsync((await factory.PublishedAsync(saved.ContentItemId))!.Fields["Note"]!.ToString(), payload);
    }

    [Fact]
    public async Task TheScriptNeverReachesThePublicPage()
    {
        var type = await factory.CreateTypeAsync("XssNews");
        var item = await factory.CreateItemAsync(type.Name, "<script>alert('标题')</script>公开页", "<p>正文</p><script>alert(1)</script><img src=x onerror=alert(2)>");
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(new ContentUrl(item).Value);

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main [onerror]"));
        Assert.Contains("<script>alert('标题')</script>公开页", page.QuerySelector("main h1")!.TextContent);
    }

    private static async Task AssertSafeAsync(string html, string payload)
    {
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<body>{html}</body>"));
        var elements = document.Body!.QuerySelectorAll("*").ToList();
        var forbidden = new[] { "script", "iframe", "object", "embed", "svg", "math", "form", "input", "button", "style", "meta", "base", "details", "noscript", "xml" };
        Assert.DoesNotContain(elements, e => forbidden.Contains(e.LocalName));
        Assert.DoesNotContain(elements, e => e.LocalName.Contains(':'));
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} survived in {html} (from {payload})");
                var value = new string(attribute.Value.Where(ch => !char.IsWhiteSpace(ch) && !char.IsControl(ch)).ToArray()).ToLowerInvariant();
                Assert.DoesNotContain("javascript:", value);
                Assert.DoesNotContain("vbscript:", value);
                Assert.False(value.StartsWith("data:"), $"{attribute.Name}={attribute.Value} survived (from {payload})");
                Assert.DoesNotContain("expression(", value);
                Assert.DoesNotContain("url(", value);
                Assert.DoesNotContain("mso-", value);
                Assert.NotEqual("class", attribute.Name);
            }
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("[if", html);
        Assert.Contains("保留文字", document.Body.TextContent);
    }

    private sealed record ContentUrl(ContentItem Item)
    {
        public string Value => "/" + string.Join('/', Item.As<AutoroutePart>()!.Path.Split('/').Select(Uri.EscapeDataString));
    }
}
