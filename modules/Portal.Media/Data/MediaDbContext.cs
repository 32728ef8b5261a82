using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Media.Models;

namespace Portal.Media.Data;

internal abstract class MediaDbContext(DbContextOptions options, IDbSession session) : ModuleDbContext(options, session)
{
    public DbSet<MediaFile> Files => Set<MediaFile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<MediaFile>(b =>
        {
            b.ToTable("Media_Files");
            b.Property(f => f.Path).HasMaxLength(64);
            b.HasIndex(f => f.Path).IsUnique();
            b.Property(f => f.OriginalName).HasMaxLength(MediaFile.MaxOriginalNameLength);
            b.Property(f => f.ContentType).HasMaxLength(100);
            b.Property(f => f.UploadedById).HasMaxLength(64);
            b.Property(f => f.UploadedByName).HasMaxLength(64);
            b.Property(f => f.Alt).HasMaxLength(MediaFile.MaxAltLength);
            b.HasIndex(f => f.UploadedById);
            b.HasIndex(f => f.Kind);
        });
    }
}

internal sealed class SqliteMediaDbContext(DbContextOptions<SqliteMediaDbContext> options, IDbSession session)
    : MediaDbContext(options, session);

internal sealed class PostgreSqlMediaDbContext(DbContextOptions<PostgreSqlMediaDbContext> options, IDbSession session)
    : MediaDbContext(options, session);
