using Portal.Abstractions.Settings;

namespace Portal.Search.Querying;

/// <summary>
/// Words the public uses for the same thing (义工 ⇄ 志愿者), applied when a query is read: a query with one word of a
/// group also finds the others. Kept in the site settings (recipe <c>settings</c> step, admin page).
/// </summary>
internal sealed record SynonymSettings
{
    public const string Key = "Search.Synonyms";

    public const int MaxGroups = 200;
    public const int MaxWordLength = 20;

    /// <summary>Variants of a query tried besides the query itself; each is one more query to run.</summary>
    public const int MaxVariants = 4;

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; init; } = [];

    /// <summary>The query as typed first, then the query with a word of a group replaced by each other word of it.</summary>
    public IReadOnlyList<string> Expand(string query)
    {
        var variants = new List<string> { query };
        foreach (var group in Groups)
        {
            foreach (var word in group.Where(w => query.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var other in group.Where(o => o != word && !query.Contains(o, StringComparison.OrdinalIgnoreCase)))
                {
                    if (variants.Count > MaxVariants)
                        return variants;
                    variants.Add(query.Replace(word, other, StringComparison.OrdinalIgnoreCase));
                }
            }
        }

        return variants;
    }

    /// <summary>
    /// Reads the admin's text, one group per line, words separated by commas, spaces or ⇄ (e.g.
    /// <c>义工, 志愿者</c>); the errors name the line.
    /// </summary>
    public static (SynonymSettings Settings, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var groups = new List<IReadOnlyList<string>>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, line) in ListSetting.Lines(text))
        {
            var words = line.Split([',', '，', '、', ' ', '\t', '⇄', '='], StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (words.Count == 1)
                errors.Add($"第 {number} 行只有一个词“{words[0]}”：同义词组至少要有两个词。");
            else if (words.FirstOrDefault(w => w.Length > MaxWordLength) is { } tooLong)
                errors.Add($"第 {number} 行的“{tooLong[..MaxWordLength]}…”太长：每个词最多 {MaxWordLength} 个字。");
            // A group written twice is kept once, as every list setting keeps the first of repeated lines.
            else if (seen.Add(string.Join('\n', words.Select(w => w.ToLowerInvariant()).Order(StringComparer.Ordinal))))
                groups.Add(words);
        }

        if (groups.Count > MaxGroups)
            errors.Add($"同义词组最多 {MaxGroups} 组，现在有 {groups.Count} 组。");
        return (new SynonymSettings { Groups = groups }, errors);
    }

    public string ToText() => string.Join('\n', Groups.Select(g => string.Join(", ", g)));
}
