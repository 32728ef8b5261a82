using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Core.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Contents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Core_ContentAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    VersionNumber = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_ContentAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Core_ContentItems",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Path = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ColumnId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LatestVersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PublishedVersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnpublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_ContentItems", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "Core_ContentTypes",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_ContentTypes", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Core_ContentVersions",
                columns: table => new
                {
                    ContentItemVersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Author = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_ContentVersions", x => x.ContentItemVersionId);
                    table.ForeignKey(
                        name: "FK_Core_ContentVersions_Core_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "Core_ContentItems",
                        principalColumn: "ContentItemId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentAudit_ContentItemId_Id",
                table: "Core_ContentAudit",
                columns: new[] { "ContentItemId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentItems_ColumnId_PublishedUtc",
                table: "Core_ContentItems",
                columns: new[] { "ColumnId", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentItems_ContentType_PublishedUtc",
                table: "Core_ContentItems",
                columns: new[] { "ContentType", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentItems_ModifiedUtc",
                table: "Core_ContentItems",
                column: "ModifiedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentItems_Path",
                table: "Core_ContentItems",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentItems_PublishAtUtc",
                table: "Core_ContentItems",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentItems_UnpublishAtUtc",
                table: "Core_ContentItems",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Core_ContentVersions_ContentItemId_Number",
                table: "Core_ContentVersions",
                columns: new[] { "ContentItemId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Core_ContentAudit");

            migrationBuilder.DropTable(
                name: "Core_ContentTypes");

            migrationBuilder.DropTable(
                name: "Core_ContentVersions");

            migrationBuilder.DropTable(
                name: "Core_ContentItems");
        }
    }
}
