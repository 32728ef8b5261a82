using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Abstractions.Data;

/// <summary>
/// Base of every module's DbContext: shares the scope's connection and joins its unit of work,
/// so changes saved by several modules commit together.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly IDbSession _session;

    protected ModuleDbContext(DbContextOptions options, IDbSession session) : base(options)
    {
        _session = session;
        session.Register(this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        this.EnlistIn(_session);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        this.EnlistIn(_session);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

public static class DbSessionExtensions
{
    /// <summary>Makes the context use the session's unit-of-work transaction, or none when there is none.</summary>
    public static void EnlistIn(this DbContext context, IDbSession session)
    {
        var transaction = session.CurrentTransaction;
        if (context.Database.CurrentTransaction?.GetDbTransaction() != transaction)
        {
            context.Database.UseTransaction(transaction);
        }
    }
}
