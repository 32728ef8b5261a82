using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Explainers.Models;
using Portal.Testing;

namespace Portal.Explainers.Tests;

/// <summary>Makes the policies, explainers, news and columns a test needs, with titles no other test uses.</summary>
internal static class ExplainersTestData
{
    public static string Unique(string text) => $"{text}{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Saves a new item of <paramref name="type"/> shaped by <paramref name="shape"/>; the result says what happened.</summary>
    public static Task<ContentResult> TrySaveAsync(this PortalFactory factory, string type, Action<ContentItem> shape, SaveAction action = SaveAction.Publish)
        => factory.WithScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type);
            shape(item);
            return await contents.SaveAsync(item, action);
        });

    public static async Task<ContentItem> SaveAsync(this PortalFactory factory, string type, Action<ContentItem> shape, SaveAction action = SaveAction.Publish)
    {
        var result = await factory.TrySaveAsync(type, shape, action);
        return result.Item ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Message}")));
    }

    public static Task<ContentItem> CreatePolicyAsync(this PortalFactory factory, string? title = null)
        => factory.SaveAsync("Policy", item => item
            .Apply(new TitlePart { Title = title ?? Unique("测试政策") })
            .Apply(new PolicyPart { DocumentNumber = "测试令第1号", IssuingAuthority = "测试机关", IssuedDate = "2026-01-15", OriginalUrl = "https://www.gov.cn/" }));

    public static Task<ContentResult> TrySaveExplainerAsync(this PortalFactory factory, string policyId, Action<ExplainerPart>? change = null,
        string? title = null, SaveAction action = SaveAction.Publish)
        => factory.TrySaveAsync("Explainer", item =>
        {
            var part = new ExplainerPart { PolicyId = policyId, Summary = "测试摘要", Form = ExplainerForm.Text };
            change?.Invoke(part);
            item.Apply(new TitlePart { Title = title ?? Unique("测试解读") }).Apply(part);
        }, action);

    public static async Task<ContentItem> CreateExplainerAsync(this PortalFactory factory, string policyId, string? title = null, SaveAction action = SaveAction.Publish)
    {
        var result = await factory.TrySaveExplainerAsync(policyId, title: title, action: action);
        return result.Item ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Message}")));
    }

    public static Task<ContentItem> CreateColumnAsync(this PortalFactory factory)
    {
        var slug = Guid.NewGuid().ToString("N")[..8];
        return factory.SaveAsync("Column", item => item
            .Apply(new TitlePart { Title = "测试栏目" + slug })
            .Apply(new AutoroutePart { Path = "columns/t" + slug }));
    }

    public static Task<ContentItem> CreateNewsAsync(this PortalFactory factory, string title, string? columnId = null, string body = "<p>测试正文</p>",
        SaveAction action = SaveAction.Publish, Action<ContentItem>? more = null)
        => factory.SaveAsync("News", item =>
        {
            item.Apply(new TitlePart { Title = title }).Apply(new HtmlBodyPart { Html = body });
            if (columnId is not null)
                item.Apply(new ColumnPart { ColumnId = columnId });
            more?.Invoke(item);
        }, action);

    /// <summary>The item's public address, as the site writes it in links.</summary>
    public static string UrlOf(ContentItem item)
        => "/" + string.Join('/', item.As<AutoroutePart>()!.Path.Split('/').Select(Uri.EscapeDataString));

    public static Task<T> WithContentsAsync<T>(this PortalFactory factory, Func<IContentManager, Task<T>> work)
        => factory.WithScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    public static IElement? Link(this IDocument page, string url) => page.QuerySelector($"main a[href='{url}']");

    /// <summary>Nothing in <paramref name="root"/> can run script: no script-bearing elements, no event attributes, no script URLs.</summary>
    public static void AssertNoScript(IElement root)
    {
        Assert.Empty(root.QuerySelectorAll("script, iframe, object, embed, form, style"));
        foreach (var element in root.QuerySelectorAll("*"))
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> reached the page.");
                Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
    }

    public static readonly string[] XssPayloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">点我</a>",
        "<svg onload=alert(1)></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<p style=\"x:expression(alert(1))\" onmouseover=\"alert(1)\">悬停</p>",
        "<a href=\"JaVaScRiPt:alert(1)\">大小写</a>",
        "\"><script>alert(1)</script>",
    ];
}
