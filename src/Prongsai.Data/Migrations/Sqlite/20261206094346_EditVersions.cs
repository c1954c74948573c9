using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EditVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "TrackedRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "ProcurementRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "OrganizationPages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "ItaChecklistItem",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "CorruptionRisks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "Consultations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "BudgetLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "TrackedRequests");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "ProcurementRecords");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "OrganizationPages");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "ItaChecklistItem");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "CorruptionRisks");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "BudgetLines");
        }
    }
}
