using System.Runtime.CompilerServices;
using System.Text.Json;
using Portal.Abstractions.Contents;
using Portal.Search.Contracts;

namespace Portal.Search.Sources;

/// <summary>
/// Published content items of every type that has a public address: the title, the text of every part that shows
/// text to readers (<see cref="IHasPublicText"/>) and of the type's text and HTML fields, the tags. Nothing about
/// the owner or the authors.
/// </summary>
internal sealed class ContentSearchSource(
    IContentManager contents,
    IContentDefinitionStore definitions,
    IEnumerable<ContentPartDescriptor> parts,
    IRichTextSanitizer sanitizer) : ISearchSource
{
    public const string SourceName = "contents";

    private const int PageSize = 200;

    public string Name => SourceName;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
        => (await contents.QueryAsync(new ContentQuery { Status = ContentStatus.Published, Take = 1 }, cancellationToken)).Total;

    public async IAsyncEnumerable<SearchDocument> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var types = await TypesAsync(cancellationToken);
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await contents.QueryAsync(new ContentQuery
            {
                Status = ContentStatus.Published,
                Order = ContentOrder.PublishedAscending,
                Skip = skip,
                Take = PageSize,
            }, cancellationToken);
            foreach (var item in page.Items)
            {
                if (ToDocument(item, types) is { } document)
                    yield return document;
            }

            if (page.Items.Count < PageSize)
                yield break;
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var types = await TypesAsync(cancellationToken);
        var items = await contents.GetManyAsync(keys, VersionOptions.Published, cancellationToken);
        return items.Select(i => ToDocument(i, types)).OfType<SearchDocument>().ToList();
    }

    private async Task<Dictionary<string, ContentTypeDefinition>> TypesAsync(CancellationToken cancellationToken)
        => (await definitions.ListTypesAsync(cancellationToken)).ToDictionary(t => t.Name);

    private SearchDocument? ToDocument(ContentItem item, IReadOnlyDictionary<string, ContentTypeDefinition> types)
    {
        var path = item.As<AutoroutePart>()?.Path;
        if (!item.Published || string.IsNullOrEmpty(path) || !types.TryGetValue(item.ContentType, out var type))
            return null;

        var title = item.DisplayText;
        var text = PublicText(item, type)
            .Select(sanitizer.ToPlainText)
            .Where(t => t.Length > 0 && t != title);
        return new SearchDocument
        {
            Key = item.ContentItemId,
            Type = type.Name,
            TypeName = type.DisplayName,
            Title = title,
            Text = string.Join('\n', text),
            Url = "/" + path,
            DateUtc = item.PublishedUtc,
            Tags = item.As<ColumnPart>()?.Tags ?? [],
        };
    }

    private IEnumerable<string> PublicText(ContentItem item, ContentTypeDefinition type)
    {
        foreach (var typePart in type.Parts)
        {
            var descriptor = parts.FirstOrDefault(p => p.Name == typePart.Name);
            if (descriptor is null || !typeof(IHasPublicText).IsAssignableFrom(descriptor.PartType)
                || item.Content[typePart.Name] is not { } node)
                continue;
            if (node.Deserialize(descriptor.PartType, ContentJson.Options) is IHasPublicText part)
            {
                foreach (var text in part.PublicText())
                    yield return text;
            }
        }

        foreach (var field in type.Fields.Where(f => f.Kind is ContentFieldKind.Text or ContentFieldKind.Html))
        {
            if (item.Fields[field.Name] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text))
                yield return text;
        }
    }
}
