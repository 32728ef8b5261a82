using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Activities.Models;

namespace Portal.Activities.Data;

internal abstract class ActivitiesDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<SignUp> SignUps => Set<SignUp>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Project>(b =>
        {
            b.ToTable("Activities_Projects");
            b.Property(p => p.Title).HasMaxLength(100);
            b.Property(p => p.Description).HasMaxLength(2000);
            b.HasIndex(p => new { p.UnitId, p.Title }).IsUnique();
        });
        builder.Entity<Activity>(b =>
        {
            b.ToTable("Activities_Activities");
            b.Property(a => a.Title).HasMaxLength(100);
            b.Property(a => a.Category).HasMaxLength(32);
            b.Property(a => a.Platform).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.Place).HasMaxLength(200);
            b.Property(a => a.Description).HasMaxLength(4000);
            b.Property(a => a.CoverUrl).HasMaxLength(500);
            b.Property(a => a.Version).IsConcurrencyToken();
            b.Ignore(a => a.SignUpClosesAtUtc);
            b.HasIndex(a => new { a.Status, a.StartsUtc });
            b.HasIndex(a => new { a.UnitId, a.StartsUtc });
            b.HasIndex(a => a.ProjectId);
        });
        builder.Entity<SignUp>(b =>
        {
            b.ToTable("Activities_SignUps");
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Hours).HasPrecision(6, 2);
            // The last guards: a volunteer holds one sign-up per activity, and arrival numbers are not shared.
            b.HasIndex(s => new { s.ActivityId, s.VolunteerId }).IsUnique();
            b.HasIndex(s => new { s.ActivityId, s.Sequence }).IsUnique();
            b.HasIndex(s => s.VolunteerId);
        });
        builder.Entity<Invitation>(b =>
        {
            b.ToTable("Activities_Invitations");
            b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.InvitedBy).HasMaxLength(450);
            b.HasIndex(i => new { i.ActivityId, i.VolunteerId }).IsUnique();
            b.HasIndex(i => new { i.VolunteerId, i.Status });
        });
    }
}

internal sealed class SqliteActivitiesDbContext(DbContextOptions<SqliteActivitiesDbContext> options, IDbSession session)
    : ActivitiesDbContext(options, session);

internal sealed class PostgreSqlActivitiesDbContext(DbContextOptions<PostgreSqlActivitiesDbContext> options, IDbSession session)
    : ActivitiesDbContext(options, session);
