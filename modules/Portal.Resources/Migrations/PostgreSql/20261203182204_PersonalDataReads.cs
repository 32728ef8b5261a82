using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Resources.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class PersonalDataReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The reads recorded by older builds move to the engine's one audit table before this one goes
            // (the engine's migrations run before the modules', so Core_PersonalDataReads is there).
            migrationBuilder.Sql("""
                INSERT INTO "Core_PersonalDataReads" ("RecordKind", "RecordId", "Fields", "ReaderUserId", "ReaderName", "Utc", "RemoteAddress", "Source")
                SELECT 'Resources.Resource', CAST("ResourceId" AS TEXT), 'ContactName,ContactPhone', "ReaderUserId", "ReaderName", "Utc", '', ''
                FROM "Resources_ContactReads" ORDER BY "Id";
                """);
            migrationBuilder.DropTable(
                name: "Resources_ContactReads");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Resources_ContactReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReaderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources_ContactReads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Resources_ContactReads_ResourceId",
                table: "Resources_ContactReads",
                column: "ResourceId");

            migrationBuilder.Sql("""
                INSERT INTO "Resources_ContactReads" ("ResourceId", "ReaderUserId", "ReaderName", "Utc")
                SELECT CAST("RecordId" AS INTEGER), "ReaderUserId", SUBSTR("ReaderName", 1, 100), "Utc"
                FROM "Core_PersonalDataReads" WHERE "RecordKind" = 'Resources.Resource' ORDER BY "Id";
                DELETE FROM "Core_PersonalDataReads" WHERE "RecordKind" = 'Resources.Resource';
                """);
        }
    }
}
