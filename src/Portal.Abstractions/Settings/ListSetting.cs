namespace Portal.Abstractions.Settings;

/// <summary>
/// What a "one item per line" setting accepts: its name in messages (“技能”), the measure word (“项”, “个”), whether it
/// may be empty, and the most items and characters per item it takes (0: no limit).
/// </summary>
public sealed record ListSettingRules(string Label, string Measure = "个", bool Required = true, int MaxCount = 0, int MaxLength = 0);

/// <summary>The items of a list setting in order, the repeats that were dropped, and the message when the list is refused.</summary>
public sealed record ListSettingResult(IReadOnlyList<string> Items, IReadOnlyList<string> Duplicates, string? Error)
{
    public bool Valid => Error is null;

    /// <summary>A note for the confirmation when repeats were dropped (“重复的 “应急救护” 只保留了第一个。”), else empty.</summary>
    public string DuplicatesNote(ListSettingRules rules)
        => Duplicates.Count == 0 ? "" : $"重复的{rules.Label} “{string.Join("”“", Duplicates)}” 只保留了第一{rules.Measure}。";
}

/// <summary>Reads the "one item per line" settings of every module the same way.</summary>
public static class ListSetting
{
    /// <summary>Trims each line, drops blank lines and later repeats of an item (the first stays where it was), then checks the rules.</summary>
    public static ListSettingResult Parse(string? text, ListSettingRules rules)
    {
        var items = new List<string>();
        var duplicates = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, line) in Lines(text))
        {
            if (seen.Add(line))
                items.Add(line);
            else if (!duplicates.Contains(line))
                duplicates.Add(line);
        }

        string? error = null;
        if (items.Count == 0 && rules.Required)
            error = $"请至少填写一{rules.Measure}{rules.Label}，每行一{rules.Measure}。";
        else if (rules.MaxCount > 0 && items.Count > rules.MaxCount)
            error = $"{rules.Label}最多 {rules.MaxCount} {rules.Measure}，现在有 {items.Count} {rules.Measure}。";
        else if (rules.MaxLength > 0 && items.FirstOrDefault(i => i.Length > rules.MaxLength) is { } tooLong)
            error = $"{rules.Label} “{tooLong[..rules.MaxLength]}…” 太长：每{rules.Measure}不超过 {rules.MaxLength} 个字。";
        return new ListSettingResult(items, duplicates, error);
    }

    /// <summary>The non-blank lines, trimmed, with their 1-based line numbers (for a setting whose lines have their own grammar).</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string? text)
    {
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
                yield return (i + 1, line);
        }
    }

    /// <summary>The items as the settings form shows them again: one a line.</summary>
    public static string ToText(IEnumerable<string> items) => string.Join("\n", items);
}
