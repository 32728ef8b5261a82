using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Activities.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Activities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Activities_Activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Platform = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CoverUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    InsuranceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    SignUpOpensUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignUpClosesUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RequiredSkills = table.Column<List<string>>(type: "text[]", nullable: false),
                    RequiredCourseIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities_Activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Activities_Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Activities_SignUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    SignedUpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities_SignUps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Activities_ProjectId",
                table: "Activities_Activities",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Activities_Status_StartsUtc",
                table: "Activities_Activities",
                columns: new[] { "Status", "StartsUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Activities_UnitId_StartsUtc",
                table: "Activities_Activities",
                columns: new[] { "UnitId", "StartsUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Projects_UnitId_Title",
                table: "Activities_Projects",
                columns: new[] { "UnitId", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_SignUps_ActivityId_Sequence",
                table: "Activities_SignUps",
                columns: new[] { "ActivityId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_SignUps_ActivityId_VolunteerId",
                table: "Activities_SignUps",
                columns: new[] { "ActivityId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_SignUps_VolunteerId",
                table: "Activities_SignUps",
                column: "VolunteerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Activities_Activities");

            migrationBuilder.DropTable(
                name: "Activities_Projects");

            migrationBuilder.DropTable(
                name: "Activities_SignUps");
        }
    }
}
