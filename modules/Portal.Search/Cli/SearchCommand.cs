using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Cli;
using Portal.Search.Indexing;
using Portal.Search.Models;

namespace Portal.Search.Cli;

/// <summary>
/// <c>search rebuild [INDEX]</c>: asks every node to rebuild the index and rebuilds this machine's copy now, printing
/// the progress (for a new node, or after restoring a database). <c>search status</c>: every node's copy.
/// </summary>
internal sealed class SearchCommand : ICliCommand
{
    public string Name => "search";

    public string Usage => "search rebuild [INDEX] | search status";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken cancellationToken)
    {
        var admin = services.GetRequiredService<SearchIndexAdmin>();
        switch (args)
        {
            case ["status"]:
                await PrintStatusAsync(admin, cancellationToken);
                return 0;
            case ["rebuild"]:
                return await RebuildAsync(SearchIndexDefinition.Main, services, admin, cancellationToken);
            case ["rebuild", var name]:
                return await RebuildAsync(name, services, admin, cancellationToken);
            default:
                Console.Error.WriteLine($"用法 Usage: {Usage}");
                return 2;
        }
    }

    private static async Task<int> RebuildAsync(string name, IServiceProvider services, SearchIndexAdmin admin, CancellationToken cancellationToken)
    {
        if (await admin.RequestRebuildAsync(name, cancellationToken) is { } error)
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        var definition = (await admin.FindAsync(name, cancellationToken))!;
        Console.WriteLine($"重建索引 “{name}”（第 {definition.Generation} 代）Rebuilding…");
        var progress = new Progress<RebuildProgress>(p => Console.WriteLine($"  {p.Done} / {p.Total}"));
        var index = await services.GetRequiredService<SearchIndexer>().RebuildAsync(definition, progress, cancellationToken);
        Console.WriteLine($"索引 “{name}” 已重建：{index.Documents} 个文档，检查点 {index.State.Checkpoint}。Done.");
        return 0;
    }

    private static async Task PrintStatusAsync(SearchIndexAdmin admin, CancellationToken cancellationToken)
    {
        var status = await admin.StatusAsync(cancellationToken);
        Console.WriteLine($"任务日志 Task log: last {status.LastTask}, kept {status.TasksKept}");
        foreach (var index in status.Indexes)
        {
            Console.WriteLine($"索引 {index.Name}: generation {index.Generation}, {index.Analysis}");
            foreach (var node in index.Nodes)
                Console.WriteLine($"  {node.Node}: generation {node.Generation}, documents {node.Documents}, checkpoint {node.Checkpoint}, behind {node.LagTasks}{(node.Error is null ? "" : ", error " + node.Error)}");
        }
    }
}
