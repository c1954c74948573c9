using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentCategoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Documents_OrganizationId_Status_CategoryId_PublishedAt_Fisc~",
                table: "Documents",
                columns: new[] { "OrganizationId", "Status", "CategoryId", "PublishedAt", "FiscalYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_OrganizationId_Status_CategoryId_PublishedAt_Fisc~",
                table: "Documents");
        }
    }
}
