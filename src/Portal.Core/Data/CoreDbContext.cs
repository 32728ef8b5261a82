using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Core.Contents;
using Portal.Core.Security;

namespace Portal.Core.Data;

/// <summary>The engine's own tables: accounts and roles, feature switches, settings, content.</summary>
public abstract class CoreDbContext : IdentityDbContext<PortalUser, PortalRole, string>
{
    private readonly IDbSession _session;

    protected CoreDbContext(DbContextOptions options, IDbSession session) : base(options)
    {
        _session = session;
        session.Register(this);
    }

    public DbSet<FeatureRecord> Features => Set<FeatureRecord>();

    public DbSet<SettingRecord> Settings => Set<SettingRecord>();

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentVersionRecord> ContentVersions => Set<ContentVersionRecord>();

    public DbSet<ContentAuditRecord> ContentAudit => Set<ContentAuditRecord>();

    public DbSet<ContentTypeRecord> ContentTypes => Set<ContentTypeRecord>();

    public DbSet<PersonalDataReadRecord> PersonalDataReads => Set<PersonalDataReadRecord>();

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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(b =>
        {
            b.ToTable("Core_Users");
            b.Property(u => u.DisplayName).HasMaxLength(64);
        });
        builder.Entity<PortalRole>(b =>
        {
            b.ToTable("Core_Roles");
            b.Property(r => r.Description).HasMaxLength(256);
        });
        builder.Entity<IdentityUserRole<string>>().ToTable("Core_UserRoles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("Core_UserClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("Core_UserLogins");
        builder.Entity<IdentityUserToken<string>>().ToTable("Core_UserTokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("Core_RoleClaims");
        builder.Entity<FeatureRecord>(b =>
        {
            b.ToTable("Core_Features");
            b.HasKey(f => f.FeatureId);
            b.Property(f => f.FeatureId).HasMaxLength(128);
        });
        builder.Entity<SettingRecord>(b =>
        {
            b.ToTable("Core_Settings");
            b.HasKey(s => s.Key);
            b.Property(s => s.Key).HasMaxLength(SettingRecord.MaxKeyLength);
            b.Property(s => s.Version).IsConcurrencyToken();
        });
        ContentModel.Configure(builder);
        builder.Entity<PersonalDataReadRecord>(b =>
        {
            b.ToTable("Core_PersonalDataReads");
            b.Property(r => r.RecordKind).HasMaxLength(PersonalDataReadRecord.MaxKindLength);
            b.Property(r => r.RecordId).HasMaxLength(64);
            b.Property(r => r.Fields).HasMaxLength(256);
            b.Property(r => r.ReaderUserId).HasMaxLength(64);
            b.Property(r => r.ReaderName).HasMaxLength(PersonalDataReadRecord.MaxNameLength);
            b.Property(r => r.RemoteAddress).HasMaxLength(64);
            b.Property(r => r.Source).HasMaxLength(PersonalDataReadRecord.MaxSourceLength);
            b.HasIndex(r => new { r.RecordKind, r.RecordId, r.Utc });
        });
    }
}

/// <summary>The SQLite flavour; owns the SQLite migrations.</summary>
public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options, IDbSession session) : CoreDbContext(options, session);

/// <summary>The PostgreSQL flavour; owns the PostgreSQL migrations.</summary>
public sealed class PostgreSqlCoreDbContext(DbContextOptions<PostgreSqlCoreDbContext> options, IDbSession session) : CoreDbContext(options, session);

/// <summary>Whether a feature is switched on; a feature with no row is off.</summary>
public sealed class FeatureRecord
{
    public required string FeatureId { get; set; }
    public bool Enabled { get; set; }
    public DateTime ChangedUtc { get; set; }
}

/// <summary>A settings document stored as JSON under a key.</summary>
public sealed class SettingRecord
{
    public const int MaxKeyLength = 128;

    public required string Key { get; set; }
    public required string Json { get; set; }
    public int Version { get; set; }
}
