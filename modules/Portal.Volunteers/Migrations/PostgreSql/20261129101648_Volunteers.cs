using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Volunteers.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Volunteers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Volunteers_Certificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    RealName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VolunteerNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    ServiceContent = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IssuingOrganization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResponsiblePerson = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingOfficer = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_Certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_CourseRequirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_CourseRequirements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_Courses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_HoursEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Evidence = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReversesId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_HoursEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_PersonalDataReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    ReaderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReaderName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_PersonalDataReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_PointsEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HoursEntryId = table.Column<long>(type: "bigint", nullable: true),
                    RedemptionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_PointsEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_Redemptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RewardId = table.Column<int>(type: "integer", nullable: false),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    PickupCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PickedUpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_Redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_Rewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Stock = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_Rewards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_SessionAttendance",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_SessionAttendance", x => new { x.SessionId, x.VolunteerId });
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_StarAwards",
                columns: table => new
                {
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Stars = table.Column<int>(type: "integer", nullable: false),
                    ReachedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_StarAwards", x => new { x.VolunteerId, x.Stars });
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_TeamMembers",
                columns: table => new
                {
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    IsLeader = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_TeamMembers", x => new { x.TeamId, x.VolunteerId });
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_Teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<int>(type: "integer", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_TrainingRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    StartsUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_TrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers_Volunteers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    RealName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IdNumberProtected = table.Column<string>(type: "text", nullable: false),
                    IdNumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MobileProtected = table.Column<string>(type: "text", nullable: false),
                    MobileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MobileMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AddressProtected = table.Column<string>(type: "text", nullable: false),
                    AddressMasked = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmergencyContactName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmergencyPhoneProtected = table.Column<string>(type: "text", nullable: false),
                    EmergencyPhoneMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Availability = table.Column<int>(type: "integer", nullable: false),
                    SensitiveConsentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OnHonorRoll = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers_Volunteers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Certificates_Number",
                table: "Volunteers_Certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Certificates_VerificationCode",
                table: "Volunteers_Certificates",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_CourseRequirements_Target_Name_CourseId",
                table: "Volunteers_CourseRequirements",
                columns: new[] { "Target", "Name", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_HoursEntries_ReversesId",
                table: "Volunteers_HoursEntries",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_HoursEntries_SourceKey",
                table: "Volunteers_HoursEntries",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_HoursEntries_VolunteerId_ServiceDate",
                table: "Volunteers_HoursEntries",
                columns: new[] { "VolunteerId", "ServiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_PersonalDataReads_VolunteerId_Utc",
                table: "Volunteers_PersonalDataReads",
                columns: new[] { "VolunteerId", "Utc" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_PointsEntries_HoursEntryId",
                table: "Volunteers_PointsEntries",
                column: "HoursEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_PointsEntries_VolunteerId",
                table: "Volunteers_PointsEntries",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Redemptions_PickupCode",
                table: "Volunteers_Redemptions",
                column: "PickupCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Redemptions_VolunteerId",
                table: "Volunteers_Redemptions",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TeamMembers_VolunteerId",
                table: "Volunteers_TeamMembers",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Teams_UnitId_Name",
                table: "Volunteers_Teams",
                columns: new[] { "UnitId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TrainingRecords_VolunteerId_CourseId",
                table: "Volunteers_TrainingRecords",
                columns: new[] { "VolunteerId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Volunteers_IdNumberHash",
                table: "Volunteers_Volunteers",
                column: "IdNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Volunteers_Number",
                table: "Volunteers_Volunteers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Volunteers_UnitId_Status",
                table: "Volunteers_Volunteers",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Volunteers_UserId",
                table: "Volunteers_Volunteers",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Volunteers_Certificates");

            migrationBuilder.DropTable(
                name: "Volunteers_CourseRequirements");

            migrationBuilder.DropTable(
                name: "Volunteers_Courses");

            migrationBuilder.DropTable(
                name: "Volunteers_HoursEntries");

            migrationBuilder.DropTable(
                name: "Volunteers_PersonalDataReads");

            migrationBuilder.DropTable(
                name: "Volunteers_PointsEntries");

            migrationBuilder.DropTable(
                name: "Volunteers_Redemptions");

            migrationBuilder.DropTable(
                name: "Volunteers_Rewards");

            migrationBuilder.DropTable(
                name: "Volunteers_SessionAttendance");

            migrationBuilder.DropTable(
                name: "Volunteers_StarAwards");

            migrationBuilder.DropTable(
                name: "Volunteers_TeamMembers");

            migrationBuilder.DropTable(
                name: "Volunteers_Teams");

            migrationBuilder.DropTable(
                name: "Volunteers_TrainingRecords");

            migrationBuilder.DropTable(
                name: "Volunteers_TrainingSessions");

            migrationBuilder.DropTable(
                name: "Volunteers_Volunteers");
        }
    }
}
