using Portal.Core;
using Portal.Core.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
app.UsePortal();

if (await PortalCli.TryRunAsync(app, args) is { } exitCode)
    return exitCode;

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to functional tests.</summary>
public partial class Program;
