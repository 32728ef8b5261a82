using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Search.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Search_Indexes",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Analysis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Indexes", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Search_Nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Index = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    Checkpoint = table.Column<long>(type: "bigint", nullable: false),
                    Documents = table.Column<int>(type: "integer", nullable: false),
                    RebuildDone = table.Column<int>(type: "integer", nullable: true),
                    RebuildTotal = table.Column<int>(type: "integer", nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Nodes", x => new { x.Node, x.Index });
                });

            migrationBuilder.CreateTable(
                name: "Search_Tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Tasks", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Search_Indexes",
                columns: new[] { "Name", "Analysis", "ChangedUtc", "Generation" },
                values: new object[] { "main", "Chinese", new DateTime(2026, 11, 29, 0, 0, 0, 0, DateTimeKind.Utc), 1 });

            migrationBuilder.CreateIndex(
                name: "IX_Search_Tasks_CreatedUtc",
                table: "Search_Tasks",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Search_Indexes");

            migrationBuilder.DropTable(
                name: "Search_Nodes");

            migrationBuilder.DropTable(
                name: "Search_Tasks");
        }
    }
}
