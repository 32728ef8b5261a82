using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Search.Migrations.Sqlite
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
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Analysis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Generation = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Indexes", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Search_Nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Index = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Generation = table.Column<int>(type: "INTEGER", nullable: false),
                    Checkpoint = table.Column<long>(type: "INTEGER", nullable: false),
                    Documents = table.Column<int>(type: "INTEGER", nullable: false),
                    RebuildDone = table.Column<int>(type: "INTEGER", nullable: true),
                    RebuildTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Nodes", x => new { x.Node, x.Index });
                });

            migrationBuilder.CreateTable(
                name: "Search_Tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
