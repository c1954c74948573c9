using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasureReportSearchMarker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SearchIndexedAt",
                table: "MeasureReportVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureReportVersions_NotIndexed",
                table: "MeasureReportVersions",
                column: "SearchIndexedAt",
                filter: "\"SearchIndexedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeasureReportVersions_NotIndexed",
                table: "MeasureReportVersions");

            migrationBuilder.DropColumn(
                name: "SearchIndexedAt",
                table: "MeasureReportVersions");
        }
    }
}
