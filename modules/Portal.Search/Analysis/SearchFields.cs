namespace Portal.Search.Analysis;

/// <summary>
/// Each text field is indexed twice: as SmartCn words, which rank whole words and keep 志愿者 apart
/// from 志愿, and as CJK bigrams, which still match where the word segmenter cut differently in the
/// document and in the query (names, rare terms, document numbers).
/// </summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Body = "body";

    public static readonly IReadOnlyList<string> Texts = [Title, Body];

    public static string Words(string field) => field + ".words";

    public static string Bigrams(string field) => field + ".bigrams";
}
