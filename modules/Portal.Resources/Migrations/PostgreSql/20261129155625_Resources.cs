using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Resources.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Resources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Resources_Bookings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BookedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Resources_ContactReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    ReaderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources_ContactReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Resources_Resources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Platforms = table.Column<List<string>>(type: "text[]", nullable: false),
                    Ownership = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerOrganization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContactNameProtected = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ContactNameMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContactPhoneProtected = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ContactPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgreementTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AgreementStarts = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementEnds = table.Column<DateOnly>(type: "date", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    OpeningHours = table.Column<List<string>>(type: "text[]", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Facilities = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Photos = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources_Resources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Resources_Bookings_ActivityId",
                table: "Resources_Bookings",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_Resources_Bookings_ResourceId_StartsUtc",
                table: "Resources_Bookings",
                columns: new[] { "ResourceId", "StartsUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Resources_ContactReads_ResourceId",
                table: "Resources_ContactReads",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Resources_Resources_AgreementEnds",
                table: "Resources_Resources",
                column: "AgreementEnds");

            migrationBuilder.CreateIndex(
                name: "IX_Resources_Resources_UnitId_Name",
                table: "Resources_Resources",
                columns: new[] { "UnitId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Resources_Bookings");

            migrationBuilder.DropTable(
                name: "Resources_ContactReads");

            migrationBuilder.DropTable(
                name: "Resources_Resources");
        }
    }
}
