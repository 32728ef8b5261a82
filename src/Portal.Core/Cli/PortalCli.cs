using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Cli;
using Portal.Abstractions.Modules;
using Portal.Core.Setup;

namespace Portal.Core.Cli;

/// <summary>Runs the command named by the first argument instead of the web server, when there is one.</summary>
public static class PortalCli
{
    /// <summary>The exit code of the command, or null when the arguments name none (the site then starts).</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var names = app.Services.GetServices<ICliCommand>().Select(c => c.Name).ToHashSet();
        if (args.Length == 0 || !names.Contains(args[0]))
            return null;

        await app.Services.GetRequiredService<PortalInitializer>().StartAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var features = scope.ServiceProvider.GetRequiredService<IFeatureState>();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().First(c => c.Name == args[0]);
        if (!features.IsEnabledFor(command.GetType()))
        {
            Console.Error.WriteLine($"命令 “{command.Name}” 所属的功能未启用 The feature of this command is disabled.");
            return 1;
        }

        return await command.RunAsync(args[1..], scope.ServiceProvider, CancellationToken.None);
    }
}
