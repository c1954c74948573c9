using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureReportSearchMarker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SearchIndexedAt",
                table: "MeasureReportVersions",
                type: "timestamp with time zone",
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
