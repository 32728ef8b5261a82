using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;

namespace Portal.Core.Data;

/// <summary>Points every module's DbContext at the scope's connection, with one migrations history table per module.</summary>
internal sealed class DbContextConfigurator(DbSession session) : IDbContextConfigurator
{
    public void Configure(DbContextOptionsBuilder options, Type contextType)
    {
        var history = contextType.Name.Replace("DbContext", "") + "_Migrations";
        if (session.Provider == DatabaseProvider.Sqlite)
            options.UseSqlite(session.Connection, o => o.MigrationsHistoryTable(history));
        else
            options.UseNpgsql(session.Connection, o => o.MigrationsHistoryTable(history));
        options.AddInterceptors(new UnitOfWorkCommandInterceptor(session));
    }
}
