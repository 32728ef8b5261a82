using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Contents.Tests.Controllers;

/// <summary>A content type of the test's own (title, route, body, a date and a number field), so no test sees another's items.</summary>
internal static class AdminContentTypes
{
    public static Task<string> CreateArticleTypeAsync(this PortalFactory factory)
        => factory.WithScopeAsync(async sp =>
        {
            var name = "Article" + Guid.NewGuid().ToString("N")[..8];
            var errors = await sp.GetRequiredService<IContentDefinitionStore>().SaveTypeAsync(new ContentTypeDefinition
            {
                Name = name,
                DisplayName = "测试文章",
                RoutePrefix = name.ToLowerInvariant(),
                Parts = [new() { Name = nameof(TitlePart) }, new() { Name = nameof(AutoroutePart) }, new() { Name = nameof(HtmlBodyPart) }],
                Fields =
                [
                    new() { Name = "EventDate", DisplayName = "活动日期", Kind = ContentFieldKind.Date },
                    new() { Name = "Seats", DisplayName = "名额", Kind = ContentFieldKind.Number },
                ],
            });
            Assert.Empty(errors);
            return name;
        });

    public static Task<ContentItem?> LatestAsync(this PortalFactory factory, string id)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));

    /// <summary>The id of the item the editor redirected to after saving.</summary>
    public static string SavedItemId(this HttpResponseMessage response)
        => response.RedirectTarget().Split('/', StringSplitOptions.RemoveEmptyEntries)[2];
}
