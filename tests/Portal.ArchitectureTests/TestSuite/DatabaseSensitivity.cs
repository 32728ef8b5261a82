using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Portal.ArchitectureTests.TestSuite;

/// <summary>
/// Finds tests whose outcome can differ between SQLite and PostgreSQL but that are not marked
/// <c>[DatabaseSensitive]</c>, so ./test.sh would run them on SQLite only. A test counts as sensitive when its code —
/// its body, its async state machine, its lambdas, its class's set-up and the helpers of its own assembly that it calls — runs work in
/// parallel (<c>Task.WhenAll</c>, <c>Parallel</c>), starts the site as a second process on the same database, reads
/// the search task log or a database exception, or when its name says it races, duplicates or rolls back.
/// </summary>
internal static partial class DatabaseSensitivity
{
    public const string MarkerAttribute = "Portal.Testing.DatabaseSensitiveAttribute";

    private static readonly string[] TestAttributes = ["Xunit.FactAttribute", "Xunit.TheoryAttribute"];

    /// <summary>Calls that make a test sensitive: type full name → method names (empty: any method).</summary>
    private static readonly Dictionary<string, string[]> SensitiveCalls = new()
    {
        ["System.Threading.Tasks.Task"] = ["WhenAll"],
        ["System.Threading.Tasks.Parallel"] = [],
        ["Portal.Testing.SiteProcess"] = ["StartAsync", "RunAsync"],
        ["Portal.Testing.SearchTasks"] = [],
    };

    private static readonly string[] SensitiveTypes =
    [
        "Microsoft.EntityFrameworkCore.DbUpdateException",
        "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException",
        "Microsoft.Data.Sqlite.SqliteException",
        "Npgsql.PostgresException",
    ];

    [GeneratedRegex("Concurren|Parallel|AtOnce_|Unique|Duplicat|RollsBack|RolledBack|Migrat|Transaction")]
    private static partial Regex SensitiveName();

    /// <summary>Every test of <paramref name="assembly"/> that is sensitive but unmarked, with the reason it is sensitive.</summary>
    public static IReadOnlyList<string> UnmarkedTests(AssemblyDefinition assembly)
    {
        var unmarked = new List<string>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var typeMarked = IsMarked(type);
            // What runs before each test of the class: its constructor and IAsyncLifetime's InitializeAsync.
            var setUp = type.Methods.Where(m => m.IsConstructor && !m.IsStatic || m.Name == "InitializeAsync").ToList();
            foreach (var test in type.Methods.Where(IsTest))
            {
                if (typeMarked || IsMarked(test))
                    continue;
                if (Reason(test, setUp) is { } reason)
                    unmarked.Add($"{type.FullName}.{test.Name}: {reason}");
            }
        }
        return unmarked;
    }

    private static bool IsTest(MethodDefinition method)
        => method.CustomAttributes.Any(a => TestAttributes.Contains(a.AttributeType.FullName));

    private static bool IsMarked(ICustomAttributeProvider member)
        => member.CustomAttributes.Any(a => a.AttributeType.FullName == MarkerAttribute);

    /// <summary>Why <paramref name="test"/> is sensitive, or null when nothing in it is.</summary>
    private static string? Reason(MethodDefinition test, IEnumerable<MethodDefinition> setUp)
    {
        if (SensitiveName().Match(test.Name) is { Success: true } name)
            return $"its name says “{name.Value}”";

        var seen = new HashSet<MethodDefinition>();
        var pending = new Queue<(MethodDefinition Method, int Depth)>(setUp.Prepend(test).Select(m => (m, 0)));
        while (pending.TryDequeue(out var next))
        {
            var (method, depth) = next;
            if (!seen.Add(method) || !method.HasBody)
                continue;
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case MethodReference called:
                        if (IsSensitiveCall(called))
                            return $"calls {called.DeclaringType.Name}.{called.Name}";
                        if (IsSensitiveType(called.DeclaringType))
                            return $"uses {called.DeclaringType.Name}";
                        // Its own helpers, lambdas, local functions and async state machines, a few calls deep.
                        if (depth < 4 && called.Resolve() is { } own && own.Module == method.Module)
                            pending.Enqueue((own, depth + 1));
                        break;
                    case TypeReference type when IsSensitiveType(type):
                        return $"uses {type.Name}";
                }
            }
            foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.CatchType is not null && IsSensitiveType(h.CatchType)))
                return $"catches {handler.CatchType.Name}";
            if (StateMachine(method) is { } moveNext)
                pending.Enqueue((moveNext, depth));
        }
        return null;
    }

    private static MethodDefinition? StateMachine(MethodDefinition method)
        => method.CustomAttributes
            .Where(a => a.AttributeType.FullName is "System.Runtime.CompilerServices.AsyncStateMachineAttribute"
                or "System.Runtime.CompilerServices.IteratorStateMachineAttribute")
            .Select(a => ((TypeReference)a.ConstructorArguments[0].Value).Resolve())
            .SelectMany(t => t?.Methods ?? [])
            .FirstOrDefault(m => m.Name == "MoveNext");

    private static bool IsSensitiveCall(MethodReference method)
        => SensitiveCalls.TryGetValue(method.DeclaringType.FullName, out var names) && (names.Length == 0 || names.Contains(method.Name));

    private static bool IsSensitiveType(TypeReference type)
        => SensitiveTypes.Contains(type.FullName);
}
