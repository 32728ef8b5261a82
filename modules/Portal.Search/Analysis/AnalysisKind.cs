namespace Portal.Search.Analysis;

/// <summary>How an index cuts text. Each index has one; changing it rebuilds the index on every node.</summary>
internal enum AnalysisKind
{
    /// <summary>SmartCn words and CJK bigrams side by side: measured best on the development set.</summary>
    Chinese,

    /// <summary>SmartCn words only.</summary>
    SmartCn,

    /// <summary>CJK bigrams only.</summary>
    Cjk,

    /// <summary>Lucene's StandardAnalyzer: one token per Chinese character (Orchard Core's default).</summary>
    Standard,
}

internal static class AnalysisKindNames
{
    public static string ToChinese(this AnalysisKind kind) => kind switch
    {
        AnalysisKind.Chinese => "中文分词 + 二元切分（推荐）",
        AnalysisKind.SmartCn => "中文分词（SmartCn）",
        AnalysisKind.Cjk => "二元切分（CJK）",
        _ => "逐字切分（Standard）",
    };
}
