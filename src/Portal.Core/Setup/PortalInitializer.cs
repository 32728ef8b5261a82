using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Modules;

namespace Portal.Core.Setup;

/// <summary>
/// Brings the database up to date, loads the feature switches and, on an empty database, runs setup,
/// before the site answers requests.
/// </summary>
public sealed class PortalInitializer(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the site is initialised.</summary>
    public Task Ready => _ready.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken);
            _ready.TrySetResult();
        }
        catch (Exception e)
        {
            _ready.TrySetException(e);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A misconfigured theme stops start-up here rather than on the first page.
            scope.ServiceProvider.GetRequiredService<ThemeTemplates>();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var setup = scope.ServiceProvider.GetRequiredService<SetupService>();
            if (!await setup.IsSetUpAsync(cancellationToken) && await setup.SetUpAsync(cancellationToken) is { } result)
                Announce(result);
        }

        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().LoadAsync(cancellationToken);
    }

    private void Announce(SetupResult result)
    {
        var address = (configuration["urls"] ?? PortalHostExtensions.DefaultUrl).Split(';')[0].Replace("0.0.0.0", "localhost").Replace("*", "localhost").Replace("+", "localhost");
        Console.WriteLine();
        Console.WriteLine("==============================================================");
        Console.WriteLine(" 站点已完成初始化 Site set up");
        Console.WriteLine($" 管理后台登录 Admin login: {address.TrimEnd('/')}/account/login");
        Console.WriteLine($" 用户名 User name:          {result.AdminUserName}");
        Console.WriteLine(result.GeneratedPassword is null
            ? " 密码 Password:              PORTAL_ADMIN_PASSWORD 中设置的密码 (as set in PORTAL_ADMIN_PASSWORD)"
            : $" 一次性密码 One-time password: {result.GeneratedPassword}  （首次登录后须修改 change it at first sign-in）");
        Console.WriteLine("==============================================================");
        Console.WriteLine();
    }
}
