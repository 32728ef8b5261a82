using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Search.Models;

namespace Portal.Search.Data;

internal abstract class SearchDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<SearchTask> Tasks => Set<SearchTask>();

    public DbSet<SearchIndexDefinition> Indexes => Set<SearchIndexDefinition>();

    public DbSet<SearchNodeState> Nodes => Set<SearchNodeState>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<SearchTask>(b =>
        {
            b.ToTable("Search_Tasks");
            b.HasKey(t => t.Id);
            b.Property(t => t.Source).HasMaxLength(32);
            b.Property(t => t.Key).HasMaxLength(128);
            b.HasIndex(t => t.CreatedUtc);
        });
        builder.Entity<SearchIndexDefinition>(b =>
        {
            b.ToTable("Search_Indexes");
            b.HasKey(i => i.Name);
            b.Property(i => i.Name).HasMaxLength(32);
            b.Property(i => i.Analysis).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Generation).IsConcurrencyToken();
            b.HasData(new SearchIndexDefinition
            {
                Name = SearchIndexDefinition.Main,
                Analysis = Analysis.AnalysisKind.Chinese,
                Generation = 1,
                ChangedUtc = new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc),
            });
        });
        builder.Entity<SearchNodeState>(b =>
        {
            b.ToTable("Search_Nodes");
            b.HasKey(n => new { n.Node, n.Index });
            b.Property(n => n.Node).HasMaxLength(128);
            b.Property(n => n.Index).HasMaxLength(32);
            b.Property(n => n.Error).HasMaxLength(500);
        });
    }
}

internal sealed class SqliteSearchDbContext(DbContextOptions<SqliteSearchDbContext> options, IDbSession session)
    : SearchDbContext(options, session);

internal sealed class PostgreSqlSearchDbContext(DbContextOptions<PostgreSqlSearchDbContext> options, IDbSession session)
    : SearchDbContext(options, session);
