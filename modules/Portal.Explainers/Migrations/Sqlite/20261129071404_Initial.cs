using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Explainers.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Explainers_Links",
                columns: table => new
                {
                    ExplainerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PolicyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Explainers_Links", x => x.ExplainerId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Explainers_Links_PolicyId_Published",
                table: "Explainers_Links",
                columns: new[] { "PolicyId", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Explainers_Links");
        }
    }
}
