namespace Portal.Search.Tests.Analysis;

/// <summary>The shared corpus of Chinese official documents and the development query set, read from ../shared/data.</summary>
internal sealed class Corpus
{
    private static readonly Lazy<Corpus> Shared = new(Load);

    private Corpus(IReadOnlyList<CorpusDocument> documents, IReadOnlyList<RelevanceQuery> queries)
    {
        Documents = documents;
        Queries = queries;
    }

    public static Corpus Instance => Shared.Value;

    public IReadOnlyList<CorpusDocument> Documents { get; }

    public IReadOnlyList<RelevanceQuery> Queries { get; }

    private static Corpus Load()
    {
        var data = Path.Combine(RepositoryRoot(), "..", "shared", "data");
        var documents = Directory.GetFiles(Path.Combine(data, "corpus"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(ReadDocument)
            .ToList();
        var queries = File.ReadLines(Path.Combine(data, "search-dev.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new RelevanceQuery(cells[0], cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()))
            .ToList();
        return new Corpus(documents, queries);
    }

    // The title of a document is its first non-empty line, as INDEX.tsv lists it; the rest is the body.
    private static CorpusDocument ReadDocument(string path)
    {
        var lines = File.ReadAllLines(path);
        var first = Array.FindIndex(lines, line => line.Trim().Length > 0);
        return new CorpusDocument(Path.GetFileName(path), lines[first].Trim(), string.Join('\n', lines.Skip(first + 1)));
    }

    // Tests run from bin/...; the repository is the folder holding Portal.sln, and ../shared sits beside it.
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

internal sealed record CorpusDocument(string File, string Title, string Body);

internal sealed record RelevanceQuery(string Text, IReadOnlySet<string> Relevant);
