using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Volunteers.Migrations.Sqlite
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
                SELECT 'Volunteers.Volunteer', CAST("VolunteerId" AS TEXT), 'IdNumber,Mobile,Address,EmergencyPhone', "ReaderUserId", "ReaderName", "Utc", '', ''
                FROM "Volunteers_PersonalDataReads" ORDER BY "Id";
                """);
            migrationBuilder.DropTable(
                name: "Volunteers_PersonalDataReads");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Volunteers_PersonalDataReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReaderName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReaderUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_PersonalDataReads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_PersonalDataReads_VolunteerId_Utc",
                table: "Volunteers_PersonalDataReads",
                columns: new[] { "VolunteerId", "Utc" });

            migrationBuilder.Sql("""
                INSERT INTO "Volunteers_PersonalDataReads" ("VolunteerId", "ReaderUserId", "ReaderName", "Utc")
                SELECT CAST("RecordId" AS INTEGER), "ReaderUserId", SUBSTR("ReaderName", 1, 256), "Utc"
                FROM "Core_PersonalDataReads" WHERE "RecordKind" = 'Volunteers.Volunteer' ORDER BY "Id";
                DELETE FROM "Core_PersonalDataReads" WHERE "RecordKind" = 'Volunteers.Volunteer';
                """);
        }
    }
}
