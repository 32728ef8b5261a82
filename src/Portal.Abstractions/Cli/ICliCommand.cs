namespace Portal.Abstractions.Cli;

/// <summary>
/// A command run instead of the web server: <c>dotnet run --project src/Portal.Web -- NAME ARGS</c>. It runs in
/// its own scope after the site is migrated and set up; it is offered only while its feature is enabled.
/// </summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects the command, e.g. <c>recipe</c>.</summary>
    string Name { get; }

    /// <summary>One line per form, shown when the arguments do not fit.</summary>
    string Usage { get; }

    /// <summary>The process exit code: 0 done, 1 refused, 2 wrong usage.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken cancellationToken);
}
