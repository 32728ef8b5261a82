using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Organization.Models;

namespace Portal.Organization.Data;

internal abstract class OrganizationDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<StaffAssignment> Staff => Set<StaffAssignment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Unit>(b =>
        {
            b.ToTable("Organization_Units");
            b.HasIndex(u => u.Code).IsUnique();
            b.Property(u => u.Code).HasMaxLength(32);
            b.Property(u => u.Name).HasMaxLength(64);
            b.Property(u => u.Address).HasMaxLength(200);
            b.Property(u => u.ContactName).HasMaxLength(32);
            b.Property(u => u.ContactPhone).HasMaxLength(32);
            b.Property(u => u.Version).IsConcurrencyToken();
            b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<StaffAssignment>(b =>
        {
            b.ToTable("Organization_Staff");
            b.Property(s => s.UserId).HasMaxLength(64);
            b.HasIndex(s => new { s.UnitId, s.UserId }).IsUnique();
            b.HasIndex(s => s.UserId);
            b.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class SqliteOrganizationDbContext(DbContextOptions<SqliteOrganizationDbContext> options, IDbSession session)
    : OrganizationDbContext(options, session);

internal sealed class PostgreSqlOrganizationDbContext(DbContextOptions<PostgreSqlOrganizationDbContext> options, IDbSession session)
    : OrganizationDbContext(options, session);
