namespace Portal.Search.Contracts;

/// <summary>
/// What a module gives search about one public thing: a content item, an activity, a venue, a team. Only what the
/// public may read goes in; never a person's ID number, phone, address or name.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The thing's key within its source, e.g. a content item id.</summary>
    public required string Key { get; init; }

    /// <summary>A technical type name for filters, e.g. <c>Briefing</c>, <c>Activity</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The type as the public reads it, e.g. 简报, 志愿服务活动.</summary>
    public required string TypeName { get; init; }

    public required string Title { get; init; }

    /// <summary>Plain text (no HTML): what a reader of the page reads besides the title.</summary>
    public string Text { get; init; } = "";

    /// <summary>The public address, e.g. <c>/briefings/jianbao/2018/27</c>.</summary>
    public required string Url { get; init; }

    /// <summary>The unit (实践中心/所/站) it belongs to, when it belongs to one.</summary>
    public SearchUnit? Unit { get; init; }

    /// <summary>The date it is sorted and filtered by (published, held ...), in UTC.</summary>
    public DateTime? DateUtc { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public SearchVisibility Visibility { get; init; } = SearchVisibility.Public;
}

public sealed record SearchUnit(string Code, string Name);

public enum SearchVisibility
{
    /// <summary>Anyone may find it.</summary>
    Public,

    /// <summary>Kept in the index but never shown by the public search (e.g. an activity open to staff only).</summary>
    Internal,
}
