using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Core.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class PersonalDataReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Core_PersonalDataReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Fields = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReaderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReaderName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemoteAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_PersonalDataReads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Core_PersonalDataReads_RecordKind_RecordId_Utc",
                table: "Core_PersonalDataReads",
                columns: new[] { "RecordKind", "RecordId", "Utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Core_PersonalDataReads");
        }
    }
}
