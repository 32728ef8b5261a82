using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Data;

internal abstract class VolunteersDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseRequirement> CourseRequirements => Set<CourseRequirement>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();
    public DbSet<HoursEntry> HoursEntries => Set<HoursEntry>();
    public DbSet<StarAward> StarAwards => Set<StarAward>();
    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<Redemption> Redemptions => Set<Redemption>();
    public DbSet<Certificate> Certificates => Set<Certificate>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Volunteer>(b =>
        {
            b.ToTable("Volunteers_Volunteers");
            b.Property(v => v.UserId).HasMaxLength(64);
            b.Property(v => v.Number).HasMaxLength(32);
            b.Property(v => v.RealName).HasMaxLength(64);
            b.Property(v => v.IdType).HasConversion<string>().HasMaxLength(32);
            b.Property(v => v.Gender).HasConversion<string>().HasMaxLength(16);
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(v => v.IdNumberHash).HasMaxLength(64);
            b.Property(v => v.MobileHash).HasMaxLength(64);
            b.Property(v => v.IdNumberMasked).HasMaxLength(64);
            b.Property(v => v.MobileMasked).HasMaxLength(32);
            b.Property(v => v.EmergencyPhoneMasked).HasMaxLength(32);
            b.Property(v => v.AddressMasked).HasMaxLength(64);
            b.Property(v => v.EmergencyContactName).HasMaxLength(64);
            b.Property(v => v.ReviewReason).HasMaxLength(500);
            b.Property(v => v.ReviewedBy).HasMaxLength(256);
            b.Property(v => v.Version).IsConcurrencyToken();
            // The last guards: one person registers once, one account holds one record, numbers are unique.
            b.HasIndex(v => v.IdNumberHash).IsUnique();
            b.HasIndex(v => v.UserId).IsUnique();
            b.HasIndex(v => v.Number).IsUnique();
            b.HasIndex(v => new { v.UnitId, v.Status });
        });
        builder.Entity<Team>(b =>
        {
            b.ToTable("Volunteers_Teams");
            b.Property(t => t.Name).HasMaxLength(64);
            b.Property(t => t.Field).HasMaxLength(32);
            b.Property(t => t.Description).HasMaxLength(2000);
            b.Property(t => t.Level).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(t => new { t.UnitId, t.Name }).IsUnique();
        });
        builder.Entity<TeamMember>(b =>
        {
            b.ToTable("Volunteers_TeamMembers");
            b.HasKey(m => new { m.TeamId, m.VolunteerId });
            b.HasIndex(m => m.VolunteerId);
        });
        builder.Entity<Course>(b =>
        {
            b.ToTable("Volunteers_Courses");
            b.Property(c => c.Title).HasMaxLength(100);
            b.Property(c => c.Kind).HasMaxLength(32);
            b.Property(c => c.Hours).HasPrecision(6, 2);
        });
        builder.Entity<CourseRequirement>(b =>
        {
            b.ToTable("Volunteers_CourseRequirements");
            b.Property(r => r.Target).HasConversion<string>().HasMaxLength(32);
            b.Property(r => r.Name).HasMaxLength(32);
            b.HasIndex(r => new { r.Target, r.Name, r.CourseId }).IsUnique();
        });
        builder.Entity<TrainingSession>(b => b.ToTable("Volunteers_TrainingSessions"));
        builder.Entity<SessionAttendance>(b =>
        {
            b.ToTable("Volunteers_SessionAttendance");
            b.HasKey(a => new { a.SessionId, a.VolunteerId });
        });
        builder.Entity<TrainingRecord>(b =>
        {
            b.ToTable("Volunteers_TrainingRecords");
            b.Property(r => r.RecordedBy).HasMaxLength(256);
            b.HasIndex(r => new { r.VolunteerId, r.CourseId });
        });
        builder.Entity<HoursEntry>(b =>
        {
            b.ToTable("Volunteers_HoursEntries");
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Hours).HasPrecision(8, 2);
            b.Property(e => e.Content).HasMaxLength(500);
            b.Property(e => e.Reason).HasMaxLength(500);
            b.Property(e => e.SourceKey).HasMaxLength(128);
            b.Property(e => e.CreatedBy).HasMaxLength(256);
            b.Property(e => e.DecidedBy).HasMaxLength(256);
            // Attendance is posted once: a second post of the same key fails on this index.
            b.HasIndex(e => e.SourceKey).IsUnique();
            b.HasIndex(e => new { e.VolunteerId, e.ServiceDate });
            b.HasIndex(e => e.ReversesId).IsUnique();
        });
        builder.Entity<StarAward>(b =>
        {
            b.ToTable("Volunteers_StarAwards");
            b.HasKey(a => new { a.VolunteerId, a.Stars });
            b.Property(a => a.Hours).HasPrecision(8, 2);
        });
        builder.Entity<PointsEntry>(b =>
        {
            b.ToTable("Volunteers_PointsEntries");
            b.Property(p => p.Reason).HasMaxLength(200);
            b.HasIndex(p => p.VolunteerId);
            b.HasIndex(p => p.HoursEntryId).IsUnique();
        });
        builder.Entity<Reward>(b =>
        {
            b.ToTable("Volunteers_Rewards");
            b.Property(r => r.Name).HasMaxLength(64);
            b.Property(r => r.Description).HasMaxLength(500);
        });
        builder.Entity<Redemption>(b =>
        {
            b.ToTable("Volunteers_Redemptions");
            b.Property(r => r.PickupCode).HasMaxLength(16);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(r => r.PickupCode).IsUnique();
            b.HasIndex(r => r.VolunteerId);
        });
        builder.Entity<Certificate>(b =>
        {
            b.ToTable("Volunteers_Certificates");
            b.Property(c => c.Number).HasMaxLength(32);
            b.Property(c => c.VerificationCode).HasMaxLength(32);
            b.Property(c => c.RealName).HasMaxLength(64);
            b.Property(c => c.IdType).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.IdNumberMasked).HasMaxLength(64);
            b.Property(c => c.VolunteerNumber).HasMaxLength(32);
            b.Property(c => c.Hours).HasPrecision(8, 2);
            b.Property(c => c.ServiceContent).HasMaxLength(2000);
            b.Property(c => c.IssuingOrganization).HasMaxLength(100);
            b.Property(c => c.ResponsiblePerson).HasMaxLength(64);
            b.Property(c => c.HandlingOfficer).HasMaxLength(64);
            b.Property(c => c.Contact).HasMaxLength(100);
            b.Property(c => c.IssuedBy).HasMaxLength(256);
            b.HasIndex(c => c.Number).IsUnique();
            b.HasIndex(c => c.VerificationCode).IsUnique();
        });
    }
}

internal sealed class SqliteVolunteersDbContext(DbContextOptions<SqliteVolunteersDbContext> options, IDbSession session)
    : VolunteersDbContext(options, session);

internal sealed class PostgreSqlVolunteersDbContext(DbContextOptions<PostgreSqlVolunteersDbContext> options, IDbSession session)
    : VolunteersDbContext(options, session);
