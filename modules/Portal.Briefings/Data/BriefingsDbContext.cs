using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Briefings.Models;

namespace Portal.Briefings.Data;

internal abstract class BriefingsDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<BriefingIssue> Issues => Set<BriefingIssue>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<BriefingIssue>(b =>
        {
            b.ToTable("Briefings_Issues");
            b.HasKey(i => i.ContentItemId);
            b.Property(i => i.ContentItemId).HasMaxLength(32);
            b.Property(i => i.Series).HasMaxLength(64);
            b.Property(i => i.Title).HasMaxLength(256);
            // The last guard against two issues with one number, should a check ever be bypassed.
            b.HasIndex(i => new { i.Series, i.Year, i.Number }).IsUnique();
            b.HasIndex(i => new { i.Published, i.Date });
        });
    }
}

internal sealed class SqliteBriefingsDbContext(DbContextOptions<SqliteBriefingsDbContext> options, IDbSession session)
    : BriefingsDbContext(options, session);

internal sealed class PostgreSqlBriefingsDbContext(DbContextOptions<PostgreSqlBriefingsDbContext> options, IDbSession session)
    : BriefingsDbContext(options, session);
