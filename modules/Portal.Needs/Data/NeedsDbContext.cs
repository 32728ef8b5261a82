using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Needs.Models;

namespace Portal.Needs.Data;

internal abstract class NeedsDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<NeedStep> Steps => Set<NeedStep>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Need>(b =>
        {
            b.ToTable("Needs_Needs");
            b.Property(n => n.Number).HasMaxLength(16);
            b.Property(n => n.TokenHash).HasMaxLength(64);
            b.Property(n => n.Category).HasMaxLength(32);
            b.Property(n => n.Title).HasMaxLength(100);
            b.Property(n => n.Description).HasMaxLength(2000);
            b.Property(n => n.ContactNameProtected).HasMaxLength(500);
            b.Property(n => n.ContactNameMasked).HasMaxLength(40);
            b.Property(n => n.PhoneProtected).HasMaxLength(500);
            b.Property(n => n.PhoneMasked).HasMaxLength(20);
            b.Property(n => n.PreferredTime).HasMaxLength(100);
            b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(n => n.ServiceKind).HasConversion<string>().HasMaxLength(16);
            b.Property(n => n.RejectReason).HasMaxLength(500);
            b.Property(n => n.ServiceLink).HasMaxLength(500);
            b.Property(n => n.ServiceNote).HasMaxLength(1000);
            b.Property(n => n.RatingComment).HasMaxLength(1000);
            b.Property(n => n.Version).IsConcurrencyToken();
            b.HasIndex(n => n.Number).IsUnique();
            b.HasIndex(n => n.TokenHash).IsUnique();
            b.HasIndex(n => new { n.Status, n.CreatedUtc });
            b.HasIndex(n => n.UnitId);
            b.HasIndex(n => n.AssignedUnitId);
            b.HasIndex(n => n.AssignedTeamId);
            b.Property(n => n.AssignedTeamName).HasMaxLength(100);
        });
        builder.Entity<NeedStep>(b =>
        {
            b.ToTable("Needs_Steps");
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Actor).HasMaxLength(100);
            b.Property(s => s.Note).HasMaxLength(1000);
            b.HasIndex(s => s.NeedId);
        });
    }
}

internal sealed class SqliteNeedsDbContext(DbContextOptions<SqliteNeedsDbContext> options, IDbSession session)
    : NeedsDbContext(options, session);

internal sealed class PostgreSqlNeedsDbContext(DbContextOptions<PostgreSqlNeedsDbContext> options, IDbSession session)
    : NeedsDbContext(options, session);
