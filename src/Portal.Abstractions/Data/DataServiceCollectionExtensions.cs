using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Abstractions.Data;

/// <summary>A module DbContext with one subclass per provider, each holding that provider's migrations.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, Type SqliteType, Type PostgreSqlType)
{
    public Type For(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? SqliteType : PostgreSqlType;
}

/// <summary>Configures a DbContext's options for the site's provider and connection.</summary>
public interface IDbContextConfigurator
{
    void Configure(DbContextOptionsBuilder options, Type contextType);
}

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext. <typeparamref name="TSqlite"/> and <typeparamref name="TPostgreSql"/>
    /// are empty subclasses that own each provider's migrations; the module code uses <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql>(this IServiceCollection services)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
    {
        services.AddDbContext<TSqlite>((sp, o) => sp.GetRequiredService<IDbContextConfigurator>().Configure(o, typeof(TContext)));
        services.AddDbContext<TPostgreSql>((sp, o) => sp.GetRequiredService<IDbContextConfigurator>().Configure(o, typeof(TContext)));
        services.AddScoped<TContext>(sp => sp.GetRequiredService<IDbSession>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<TSqlite>()
            : sp.GetRequiredService<TPostgreSql>());
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), typeof(TSqlite), typeof(TPostgreSql)));
        return services;
    }
}
