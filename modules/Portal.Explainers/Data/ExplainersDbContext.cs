using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Explainers.Models;

namespace Portal.Explainers.Data;

internal abstract class ExplainersDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<ExplainerLink> Links => Set<ExplainerLink>();

    protected override void OnModelCreating(ModelBuilder builder)
        => builder.Entity<ExplainerLink>(b =>
        {
            b.ToTable("Explainers_Links");
            b.HasKey(l => l.ExplainerId);
            b.Property(l => l.ExplainerId).HasMaxLength(64);
            b.Property(l => l.PolicyId).HasMaxLength(64);
            b.HasIndex(l => new { l.PolicyId, l.Published });
        });
}

internal sealed class SqliteExplainersDbContext(DbContextOptions<SqliteExplainersDbContext> options, IDbSession session)
    : ExplainersDbContext(options, session);

internal sealed class PostgreSqlExplainersDbContext(DbContextOptions<PostgreSqlExplainersDbContext> options, IDbSession session)
    : ExplainersDbContext(options, session);
