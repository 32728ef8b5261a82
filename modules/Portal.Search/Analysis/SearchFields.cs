namespace Portal.Search.Analysis;

/// <summary>
/// The fields of an index document. Each text field is indexed once per analysis (see <see cref="IndexAnalysis"/>):
/// as SmartCn words, which rank whole words and keep 志愿者 apart from 志愿, and as CJK bigrams, which still
/// match where the word segmenter cut differently in the document and in the query (names, rare terms,
/// document numbers).
/// </summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Body = "body";

    public const string WordsSuffix = "words";
    public const string BigramsSuffix = "bigrams";
    public const string CharsSuffix = "chars";

    // Stored and filtered fields.
    public const string Id = "id";
    public const string Type = "type";
    public const string TypeName = "typeName";
    public const string Unit = "unit";
    public const string UnitName = "unitName";
    public const string Date = "date";
    public const string Url = "url";
    public const string Tag = "tag";
    public const string Visibility = "visibility";
    public const string StoredTitle = "title.stored";
    public const string StoredText = "body.stored";

    public static readonly IReadOnlyList<string> Texts = [Title, Body];

    public static string Sub(string field, string suffix) => field + "." + suffix;
}
