using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Contents;

/// <summary>
/// The index row of a content item (Core_ContentItems): what lists, routes and the scheduler query.
/// The versions themselves are documents in <see cref="ContentVersionRecord"/>.
/// </summary>
public sealed class ContentItemRecord
{
    public required string ContentItemId { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Title of the latest version.</summary>
    public string DisplayText { get; set; } = "";
    /// <summary>Public path of the published version, else of the latest; unique.</summary>
    public string? Path { get; set; }
    public string? ColumnId { get; set; }
    public required string Owner { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public required string LatestVersionId { get; set; }
    public string? PublishedVersionId { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
    public DateTime? DeletedUtc { get; set; }
    public required string Stamp { get; set; }
}

/// <summary>One version of an item as a JSON document (Core_ContentVersions); versions are never changed, only added.</summary>
public sealed class ContentVersionRecord
{
    public required string ContentItemVersionId { get; set; }
    public required string ContentItemId { get; set; }
    public int Number { get; set; }
    public string DisplayText { get; set; } = "";
    public required string Author { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string Data { get; set; }
}

/// <summary>Who did what to which item and version, when (Core_ContentAudit).</summary>
public sealed class ContentAuditRecord
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentType { get; set; }
    public string DisplayText { get; set; } = "";
    public string? ContentItemVersionId { get; set; }
    public int? VersionNumber { get; set; }
    public required string Action { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime Utc { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>A content type definition as JSON (Core_ContentTypes).</summary>
public sealed class ContentTypeRecord
{
    public required string Name { get; set; }
    public required string Data { get; set; }
    public int Version { get; set; }
}

internal static class ContentModel
{
    public const int IdLength = 32;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ContentItemRecord>(b =>
        {
            b.ToTable("Core_ContentItems");
            b.HasKey(i => i.ContentItemId);
            b.Property(i => i.ContentItemId).HasMaxLength(IdLength);
            b.Property(i => i.ContentType).HasMaxLength(64);
            b.Property(i => i.DisplayText).HasMaxLength(256);
            b.Property(i => i.Path).HasMaxLength(256);
            b.Property(i => i.ColumnId).HasMaxLength(IdLength);
            b.Property(i => i.Owner).HasMaxLength(64);
            b.Property(i => i.LatestVersionId).HasMaxLength(IdLength);
            b.Property(i => i.PublishedVersionId).HasMaxLength(IdLength);
            b.Property(i => i.Stamp).HasMaxLength(IdLength).IsConcurrencyToken();
            b.HasIndex(i => i.Path).IsUnique();
            b.HasIndex(i => new { i.ContentType, i.PublishedUtc });
            b.HasIndex(i => new { i.ColumnId, i.PublishedUtc });
            b.HasIndex(i => i.ModifiedUtc);
            b.HasIndex(i => i.PublishAtUtc);
            b.HasIndex(i => i.UnpublishAtUtc);
        });
        builder.Entity<ContentVersionRecord>(b =>
        {
            b.ToTable("Core_ContentVersions");
            b.HasKey(v => v.ContentItemVersionId);
            b.Property(v => v.ContentItemVersionId).HasMaxLength(IdLength);
            b.Property(v => v.ContentItemId).HasMaxLength(IdLength);
            b.Property(v => v.DisplayText).HasMaxLength(256);
            b.Property(v => v.Author).HasMaxLength(64);
            b.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
            b.HasOne<ContentItemRecord>().WithMany().HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ContentAuditRecord>(b =>
        {
            b.ToTable("Core_ContentAudit");
            b.Property(a => a.ContentItemId).HasMaxLength(IdLength);
            b.Property(a => a.ContentType).HasMaxLength(64);
            b.Property(a => a.DisplayText).HasMaxLength(256);
            b.Property(a => a.ContentItemVersionId).HasMaxLength(IdLength);
            b.Property(a => a.Action).HasMaxLength(32);
            b.Property(a => a.UserId).HasMaxLength(64);
            b.Property(a => a.UserName).HasMaxLength(64);
            b.Property(a => a.Note).HasMaxLength(256);
            b.HasIndex(a => new { a.ContentItemId, a.Id });
        });
        builder.Entity<ContentTypeRecord>(b =>
        {
            b.ToTable("Core_ContentTypes");
            b.HasKey(t => t.Name);
            b.Property(t => t.Name).HasMaxLength(64);
            b.Property(t => t.Version).IsConcurrencyToken();
        });
    }
}
