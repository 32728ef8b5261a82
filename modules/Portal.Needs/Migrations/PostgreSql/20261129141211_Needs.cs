using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Needs.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Needs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Needs_ContactReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NeedId = table.Column<int>(type: "integer", nullable: false),
                    ReaderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Needs_ContactReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Needs_Needs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ContactNameProtected = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ContactNameMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PhoneProtected = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PreferredTime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RejectReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedUnitId = table.Column<int>(type: "integer", nullable: true),
                    ServiceKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ServiceLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ServiceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Needs_Needs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Needs_Steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NeedId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Needs_Steps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Needs_ContactReads_NeedId",
                table: "Needs_ContactReads",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Needs_AssignedUnitId",
                table: "Needs_Needs",
                column: "AssignedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Needs_Number",
                table: "Needs_Needs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Needs_Status_CreatedUtc",
                table: "Needs_Needs",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Needs_TokenHash",
                table: "Needs_Needs",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Needs_UnitId",
                table: "Needs_Needs",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Steps_NeedId",
                table: "Needs_Steps",
                column: "NeedId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Needs_ContactReads");

            migrationBuilder.DropTable(
                name: "Needs_Needs");

            migrationBuilder.DropTable(
                name: "Needs_Steps");
        }
    }
}
