using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Needs.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class NeedTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AssignedTeamId",
                table: "Needs_Needs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTeamName",
                table: "Needs_Needs",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Needs_Needs_AssignedTeamId",
                table: "Needs_Needs",
                column: "AssignedTeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Needs_Needs_AssignedTeamId",
                table: "Needs_Needs");

            migrationBuilder.DropColumn(
                name: "AssignedTeamId",
                table: "Needs_Needs");

            migrationBuilder.DropColumn(
                name: "AssignedTeamName",
                table: "Needs_Needs");
        }
    }
}
