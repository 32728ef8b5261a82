using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

/// <summary>Applies every module's migrations for the configured provider.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseOptions options, IEnumerable<ModuleDbContextRegistration> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
            await UseWriteAheadLogAsync(cancellationToken);

        foreach (var registration in contexts)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.For(options.Provider));
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>WAL lets readers go on while one writer commits; it is a property of the file, set once.</summary>
    private async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
