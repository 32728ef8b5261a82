using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Resources.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Resources_ContactReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReaderUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReaderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources_ContactReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Resources_Resources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Platforms = table.Column<string>(type: "TEXT", nullable: false),
                    Ownership = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerOrganization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactNameProtected = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContactNameMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContactPhoneProtected = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContactPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgreementTerms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AgreementStarts = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementEnds = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facilities = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Photos = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
