namespace Portal.Search.Analysis;

/// <summary>
/// The levers of ranking, kept in one record so the relevance test can measure a choice against another.
/// The defaults are the values that measured best on the development set (see the relevance test).
/// </summary>
internal sealed record RankingOptions
{
    public static readonly RankingOptions Default = new();

    /// <summary>
    /// 2× measured better than 3×: at 3× a title sharing one word with the query (老年人权益保障法 for
    /// 志愿者的合法权益如何保障) beat the documents about the whole question.
    /// </summary>
    public float TitleBoost { get; init; } = 2f;

    public float WordsWeight { get; init; } = 1f;

    public float BigramsWeight { get; init; } = 1f;

    /// <summary>Extra weight when the query's tokens appear in order and next to each other.</summary>
    public float PhraseBoost { get; init; } = 2f;

    /// <summary>Extra weight when the query's tokens appear within <see cref="ProximitySlop"/> positions.</summary>
    public float ProximityBoost { get; init; } = 1f;

    public int ProximitySlop { get; init; } = 8;

    /// <summary>BM25 instead of Lucene's classic TF-IDF: long laws otherwise outweigh short on-topic ones.</summary>
    public bool Bm25 { get; init; } = true;
}
