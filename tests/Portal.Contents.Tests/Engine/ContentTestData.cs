using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Contents.Tests.Engine;

/// <summary>Content types and items a test makes for itself: every type name is new, so no test sees another's items.</summary>
internal static class ContentTestData
{
    public const string Column = "Column";

    /// <summary>A listable type with title, address, body and column, under a new name beginning with <paramref name="prefix"/>.</summary>
    public static Task<ContentTypeDefinition> CreateTypeAsync(this PortalFactory factory, string prefix, params ContentField[] fields)
        => factory.WithScopeAsync(async sp =>
        {
            var name = prefix + Guid.NewGuid().ToString("N")[..8];
            var type = new ContentTypeDefinition
            {
                Name = name,
                DisplayName = "测试" + name,
                RoutePrefix = name.ToLowerInvariant(),
                Parts =
                [
                    new() { Name = nameof(TitlePart) }, new() { Name = nameof(AutoroutePart) },
                    new() { Name = nameof(HtmlBodyPart) }, new() { Name = nameof(ColumnPart) },
                ],
                Fields = [.. fields],
            };
            Assert.Empty(await sp.GetRequiredService<IContentDefinitionStore>().SaveTypeAsync(type));
            return type;
        });

    /// <summary>A published column (栏目); the Column type is made when the site has none yet.</summary>
    public static async Task<ContentItem> CreateColumnAsync(this PortalFactory factory, string title)
    {
        await factory.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IContentDefinitionStore>();
            if (await store.GetTypeAsync(Column) is null)
                Assert.Empty(await store.SaveTypeAsync(new ContentTypeDefinition
                {
                    Name = Column,
                    DisplayName = "栏目",
                    Listable = false,
                    RoutePrefix = "columns",
                    Parts = [new() { Name = nameof(TitlePart) }, new() { Name = nameof(AutoroutePart) }],
                }));
        });
        return await factory.CreateItemAsync(Column, title);
    }

    /// <summary>Saves a new item (published unless asked otherwise) and returns it as saved.</summary>
    public static Task<ContentItem> CreateItemAsync(this PortalFactory factory, string type, string title, string html = "",
        string? columnId = null, string? path = null, SaveAction action = SaveAction.Publish)
        => factory.WithContentsAsync(async contents =>
        {
            var item = await contents.NewAsync(type);
            item.Alter<TitlePart>(p => p.Title = title);
            if (item.Has<HtmlBodyPart>())
                item.Alter<HtmlBodyPart>(p => p.Html = html);
            if (columnId is not null)
                item.Alter<ColumnPart>(p => p.ColumnId = columnId);
            if (path is not null)
                item.Alter<AutoroutePart>(p => p.Path = path);
            var result = await contents.SaveAsync(item, action);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Item!;
        });

    public static Task<T> WithContentsAsync<T>(this PortalFactory factory, Func<IContentManager, Task<T>> work)
        => factory.WithScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    public static Task WithContentsAsync(this PortalFactory factory, Func<IContentManager, Task> work)
        => factory.WithScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    public static Task<ContentItem?> PublishedAsync(this PortalFactory factory, string id)
        => factory.WithContentsAsync(c => c.GetAsync(id, VersionOptions.Published));

    public static Task<ContentItem?> LatestAsync(this PortalFactory factory, string id)
        => factory.WithContentsAsync(c => c.GetAsync(id, VersionOptions.Latest));
}
