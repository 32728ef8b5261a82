using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Briefings.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Briefings_Issues",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefings_Issues", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Briefings_Issues_Published_Date",
                table: "Briefings_Issues",
                columns: new[] { "Published", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Briefings_Issues_Series_Year_Number",
                table: "Briefings_Issues",
                columns: new[] { "Series", "Year", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Briefings_Issues");
        }
    }
}
