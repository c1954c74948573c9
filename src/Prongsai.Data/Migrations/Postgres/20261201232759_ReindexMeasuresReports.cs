using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReindexMeasuresReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The measures reports' search text no longer carries the snapshot's codes (slug, ISO dates, status):
            // the search indexer writes each organization's latest versions again once it sees them unmarked.
            migrationBuilder.Sql("UPDATE \"MeasureReportVersions\" SET \"SearchIndexedAt\" = NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
