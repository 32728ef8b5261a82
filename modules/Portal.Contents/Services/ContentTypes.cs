namespace Portal.Contents.Services;

/// <summary>Names of the content types this module's pages know by name.</summary>
internal static class ContentTypes
{
    /// <summary>A column (栏目), e.g. 工作动态: items with a <c>ColumnPart</c> are listed on its page.</summary>
    public const string Column = "Column";
}
