using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Needs.Migrations.PostgreSql
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
                SELECT 'Needs.Need', CAST("NeedId" AS TEXT), 'ContactName,Phone', "ReaderUserId", "ReaderName", "Utc", '', ''
                FROM "Needs_ContactReads" ORDER BY "Id";
                """);
            migrationBuilder.DropTable(
                name: "Needs_ContactReads");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Needs_ContactReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NeedId = table.Column<int>(type: "integer", nullable: false),
                    ReaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReaderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Needs_ContactReads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Needs_ContactReads_NeedId",
                table: "Needs_ContactReads",
                column: "NeedId");

            migrationBuilder.Sql("""
                INSERT INTO "Needs_ContactReads" ("NeedId", "ReaderUserId", "ReaderName", "Utc")
                SELECT CAST("RecordId" AS INTEGER), "ReaderUserId", SUBSTR("ReaderName", 1, 100), "Utc"
                FROM "Core_PersonalDataReads" WHERE "RecordKind" = 'Needs.Need' ORDER BY "Id";
                DELETE FROM "Core_PersonalDataReads" WHERE "RecordKind" = 'Needs.Need';
                """);
        }
    }
}
