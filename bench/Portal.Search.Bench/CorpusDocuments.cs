using System.Text;
using Portal.Search.Contracts;

namespace Portal.Search.Bench;

/// <summary>
/// Makes documents that read like the portal's own (news, briefings, policies, explainers) out of the corpus: bodies
/// of 200 to 1,000 characters (0.6 to 3 KB of UTF-8) cut from consecutive paragraphs of a law, titles from its name,
/// headings and sentences. The same seed always gives the same documents.
/// </summary>
internal static class CorpusDocuments
{
    public const int Seed = 20261129;

    private const int MinBody = 200;
    private const int MaxBody = 1000;

    private static readonly (string Type, string Name, string Path, int Share)[] Types =
    [
        ("News", "新闻", "news", 40),
        ("Briefing", "简报", "briefings", 15),
        ("Policy", "政策文件", "policies", 25),
        ("Explainer", "政策解读", "explainers", 20),
    ];

    private static readonly SearchUnit[] Units =
    [
        new("JY", "江阴市新时代文明实践中心"),
        new("JY-CJ", "澄江街道新时代文明实践所"),
        new("JY-CJ-NJ", "南街社区新时代文明实践站"),
        new("JY-HS", "华士镇新时代文明实践所"),
        new("JY-HS-HX", "华西村新时代文明实践站"),
        new("JY-ZZ", "周庄镇新时代文明实践所"),
        new("JY-ZZ-CJ", "长江村新时代文明实践站"),
        new("JY-XXK", "徐霞客镇新时代文明实践所"),
        new("JY-XQ", "新桥镇新时代文明实践所"),
    ];

    private static readonly string[] Tags = ["志愿服务", "文明实践", "理论宣讲", "法治宣传", "移风易俗", "关爱未成年人"];

    private static readonly DateTime FirstDay = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<SearchDocument> Generate(Corpus corpus, int count)
    {
        var random = new Random(Seed);
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
            documents.Add(Make(corpus, random, i));
        return documents;
    }

    private static SearchDocument Make(Corpus corpus, Random random, int number)
    {
        var law = corpus.Laws[random.Next(corpus.Laws.Count)];
        var type = PickType(random);
        var unit = random.Next(10) < 6 ? Units[random.Next(Units.Length)] : null;
        var date = FirstDay.AddDays(random.Next(11 * 365)).AddMinutes(random.Next(24 * 60));

        var body = new StringBuilder();
        if (type.Type is "News" or "Briefing")
            body.Append($"{date.AddHours(8):yyyy年M月d日}，{unit?.Name ?? "市新时代文明实践中心"}组织干部群众学习《{law.Title}》。");
        var target = random.Next(MinBody, MaxBody + 1);
        var source = law;
        var paragraph = random.Next(law.Paragraphs.Count);
        while (body.Length < target)
        {
            // News mixes a second law in now and then; the other types stay with one text.
            if (type.Type == "News" && random.Next(8) == 0)
            {
                source = corpus.Laws[random.Next(corpus.Laws.Count)];
                paragraph = random.Next(source.Paragraphs.Count);
            }

            if (body.Length > 0)
                body.Append('\n');
            body.Append(source.Paragraphs[paragraph]);
            paragraph = (paragraph + 1) % source.Paragraphs.Count;
        }

        if (body.Length > MaxBody)
            body.Length = MaxBody;

        return new SearchDocument
        {
            Key = "bench-" + number,
            Type = type.Type,
            TypeName = type.Name,
            Title = Title(type.Type, law, unit, date, random),
            Text = body.ToString(),
            Url = $"/{type.Path}/{number}",
            Unit = unit,
            DateUtc = date,
            Tags = random.Next(4) == 0 ? Tags.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList() : [],
        };
    }

    private static (string Type, string Name, string Path, int Share) PickType(Random random)
    {
        var roll = random.Next(Types.Sum(t => t.Share));
        foreach (var type in Types)
        {
            if (roll < type.Share)
                return type;
            roll -= type.Share;
        }

        return Types[^1];
    }

    private static string Title(string type, Law law, SearchUnit? unit, DateTime date, Random random)
    {
        var issuer = unit?.Name ?? "江阴市新时代文明实践中心";
        switch (type)
        {
            case "Policy":
                return random.Next(3) switch
                {
                    0 => law.Title,
                    1 => $"关于贯彻落实《{law.Title}》的通知",
                    _ => $"{issuer}关于印发《{law.Title}》实施细则的通知",
                };
            case "Explainer":
                return law.Headings.Count > 0 && random.Next(2) == 0
                    ? $"《{law.Title}》{law.Headings[random.Next(law.Headings.Count)]}要点解读"
                    : $"一图读懂《{law.Title}》";
            case "Briefing":
                return $"{issuer}工作简报（{date.Year}年第{random.Next(1, 25)}期）";
            default:
                var sentence = Sentence(law.Paragraphs[random.Next(law.Paragraphs.Count)]);
                return unit is not null && random.Next(2) == 0 ? $"{unit.Name}：{sentence}" : sentence;
        }
    }

    // A news headline from a paragraph: its first clause without the article number, 8 to 28 characters.
    private static string Sentence(string paragraph)
    {
        var text = paragraph;
        if (text.StartsWith('第') && text.IndexOf('条') is var article and > 0 and < 8)
            text = text[(article + 1)..].TrimStart(' ', '\u3000');
        var end = text.IndexOfAny(['，', '。', '；', '：']);
        if (end < 8)
            end = Math.Min(text.Length, 28);
        return text[..Math.Min(end, 28)];
    }
}
