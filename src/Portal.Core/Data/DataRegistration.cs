using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Abstractions.Data;
using Portal.Abstractions.Events;
using Portal.Core.Events;

namespace Portal.Core.Data;

internal static class DataRegistration
{
    /// <summary>One connection per scope, the unit of work over it with its in-process events, the engine's own DbContext and the migrator.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
            services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString));
        services.AddScoped(sp => new DbSession(options, sp.GetService<NpgsqlDataSource>()));
        services.AddScoped<IDbSession>(sp => sp.GetRequiredService<DbSession>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IEventPublisher, EventPublisher>();
        services.AddScoped<IDbContextConfigurator, DbContextConfigurator>();
        services.AddModuleDbContext<CoreDbContext, SqliteCoreDbContext, PostgreSqlCoreDbContext>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
