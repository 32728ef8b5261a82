using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Resources.Models;

namespace Portal.Resources.Data;

internal abstract class ResourcesDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<Booking> Bookings => Set<Booking>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Resource>(b =>
        {
            b.ToTable("Resources_Resources");
            b.Property(r => r.Name).HasMaxLength(100);
            b.Property(r => r.Kind).HasMaxLength(32);
            b.Property(r => r.Ownership).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.OwnerOrganization).HasMaxLength(100);
            b.Property(r => r.ContactNameProtected).HasMaxLength(500);
            b.Property(r => r.ContactNameMasked).HasMaxLength(40);
            b.Property(r => r.ContactPhoneProtected).HasMaxLength(500);
            b.Property(r => r.ContactPhoneMasked).HasMaxLength(20);
            b.Property(r => r.AgreementTerms).HasMaxLength(2000);
            b.Property(r => r.Address).HasMaxLength(200);
            b.Property(r => r.Facilities).HasMaxLength(1000);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Version).IsConcurrencyToken();
            // The natural key: import matches a row to a resource by its unit and name.
            b.HasIndex(r => new { r.UnitId, r.Name }).IsUnique();
            b.HasIndex(r => r.AgreementEnds);
        });
        builder.Entity<Booking>(b =>
        {
            b.ToTable("Resources_Bookings");
            b.Property(x => x.Purpose).HasMaxLength(200);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.BookedBy).HasMaxLength(100);
            b.Property(x => x.DecidedBy).HasMaxLength(100);
            b.Property(x => x.DecisionNote).HasMaxLength(500);
            b.HasIndex(x => new { x.ResourceId, x.StartsUtc });
            b.HasIndex(x => x.ActivityId);
        });
    }
}

internal sealed class SqliteResourcesDbContext(DbContextOptions<SqliteResourcesDbContext> options, IDbSession session)
    : ResourcesDbContext(options, session);

internal sealed class PostgreSqlResourcesDbContext(DbContextOptions<PostgreSqlResourcesDbContext> options, IDbSession session)
    : ResourcesDbContext(options, session);
