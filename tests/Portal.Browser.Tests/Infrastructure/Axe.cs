using System.Text;
using System.Text.Json;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core, from the npm registry through this project's package-lock.json (restored by <c>npm ci</c>; ./test.sh does
/// it), run in the page: a violation of impact serious or critical fails the test.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Artifacts.FindUpwards(Path.Combine("tests", "Portal.Browser.Tests", "node_modules", "axe-core", "axe.min.js"))
            ?? throw new InvalidOperationException("axe-core is missing: run `npm ci` in tests/Portal.Browser.Tests (./test.sh does).");
        return File.ReadAllText(path);
    });

    private const string Run = """
        var done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then(function (r) {
            done(JSON.stringify(r.violations.map(function (v) {
              return { id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' '); }) };
            })));
          })
          .catch(function (e) { done(JSON.stringify({ error: String(e) })); });
        """;

    public sealed record Violation(string Id, string? Impact, string Help, string[] Nodes);

    /// <summary>All violations axe finds on the page shown.</summary>
    public static IReadOnlyList<Violation> Violations(Browser browser)
    {
        if (!(bool)browser.Script("return typeof window.axe !== 'undefined';")!)
            browser.Script(Source.Value);
        var json = (string)browser.Driver.ExecuteAsyncScript(Run)!;
        if (json.StartsWith("{", StringComparison.Ordinal))
            throw new InvalidOperationException($"axe-core failed on {browser.Location}: {json}");
        return JsonSerializer.Deserialize<Violation[]>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    public static void AssertNoSeriousViolations(Browser browser)
    {
        var serious = Violations(browser).Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0)
            return;
        var text = new StringBuilder($"axe-core found {serious.Count} serious or critical violation(s) on {browser.Location}:");
        foreach (var v in serious)
        {
            text.Append($"\n  [{v.Impact}] {v.Id}: {v.Help}");
            foreach (var node in v.Nodes)
                text.Append($"\n      {node}");
        }
        Assert.Fail(text.ToString());
    }
}
