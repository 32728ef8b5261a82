using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Activities.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Attendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedInUtc",
                table: "Activities_SignUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedOutUtc",
                table: "Activities_SignUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Hours",
                table: "Activities_SignUps",
                type: "TEXT",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoursPostedUtc",
                table: "Activities_SignUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NoShow",
                table: "Activities_SignUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckedInUtc",
                table: "Activities_SignUps");

            migrationBuilder.DropColumn(
                name: "CheckedOutUtc",
                table: "Activities_SignUps");

            migrationBuilder.DropColumn(
                name: "Hours",
                table: "Activities_SignUps");

            migrationBuilder.DropColumn(
                name: "HoursPostedUtc",
                table: "Activities_SignUps");

            migrationBuilder.DropColumn(
                name: "NoShow",
                table: "Activities_SignUps");
        }
    }
}
