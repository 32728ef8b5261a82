using System.Text.RegularExpressions;

namespace Portal.Search.Bench;

/// <summary>The shared corpus of Chinese laws and regulations and the development query set, read from ../shared/data.</summary>
internal sealed partial record Corpus(IReadOnlyList<Law> Laws, IReadOnlyList<string> DevQueries)
{
    private const string SourceLinePrefix = "LawRefBook/";

    public static Corpus Load()
    {
        var data = Path.Combine(RepositoryRoot(), "..", "shared", "data");
        var laws = Directory.GetFiles(Path.Combine(data, "corpus"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(ReadLaw)
            .Where(law => law.Paragraphs.Count > 0)
            .ToList();
        var queries = File.ReadLines(Path.Combine(data, "search-dev.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToList();
        return new Corpus(laws, queries);
    }

    // The title is the first non-empty line, as INDEX.tsv lists it; the line naming where the text came from is not
    // part of the law, so it stays out of the paragraphs.
    private static Law ReadLaw(string path)
    {
        var lines = File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
        var paragraphs = lines.Skip(1).Where(line => !line.StartsWith(SourceLinePrefix, StringComparison.Ordinal)).ToList();
        var headings = paragraphs
            .Where(p => p.Length <= 30 && Heading().IsMatch(p))
            .Select(Squeeze)
            .ToList();
        return new Law(lines[0], paragraphs, headings);
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十百零]+[章节][\s\u3000]")]
    private static partial Regex Heading();

    // Headings are typeset with wide spaces (第一章　总　　则); a title wants 第一章 总则.
    private static string Squeeze(string heading)
    {
        var parts = heading.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? heading : parts[0] + " " + string.Concat(parts.Skip(1));
    }

    // The bench runs from bin/...; the repository is the folder holding Portal.sln, and ../shared sits beside it.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One law of the corpus: its title, its non-empty lines, and its chapter and section headings.</summary>
internal sealed record Law(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Headings);
