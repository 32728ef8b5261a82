using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Briefings.Contracts;
using Portal.Briefings.Models;
using Portal.Testing;

namespace Portal.Briefings.Tests;

/// <summary>Makes the briefing issues a test needs, in a series no other test uses.</summary>
internal static class BriefingTestData
{
    public static string NewSeries() => "测试简报" + Guid.NewGuid().ToString("N")[..8];

    public static BriefingPart Part(string series, int number, DateOnly date, string title = "测试文章", string html = "<p>测试正文。</p>") => new()
    {
        Series = series,
        Number = number,
        Issuer = "测试编发单位",
        Date = date,
        Articles = [new BriefingArticle { Title = title, Html = html }],
        IssueTo = ["测试单位"],
        IssuingOffice = "测试印发单位",
        Copies = 10,
    };

    public static Task<ContentResult> SaveAsync(this PortalFactory factory, BriefingPart part, SaveAction action = SaveAction.Publish)
        => factory.WithScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(BriefingsFeature.ContentType);
            item.Apply(part);
            return await contents.SaveAsync(item, action);
        });

    public static async Task<ContentItem> CreateAsync(this PortalFactory factory, BriefingPart part, SaveAction action = SaveAction.Publish)
    {
        var result = await factory.SaveAsync(part, action);
        return result.Item ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Message}")));
    }

    /// <summary>The issue's address as a browser sends it: each segment percent-encoded.</summary>
    public static string Url(string series, int year, int number) => $"/briefings/{Uri.EscapeDataString(series)}/{year}/{number}";
}
