using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgressCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CorrectionOfId",
                table: "ProgressEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupersededAt",
                table: "ProgressEntries",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CorrectionOfId",
                table: "ProgressEntries");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "ProgressEntries");
        }
    }
}
