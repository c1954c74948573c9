using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AttachmentsByOrganizationAndDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attachments_OrganizationId",
                table: "Attachments");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OrganizationId_DocumentId",
                table: "Attachments",
                columns: new[] { "OrganizationId", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attachments_OrganizationId_DocumentId",
                table: "Attachments");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OrganizationId",
                table: "Attachments",
                column: "OrganizationId");
        }
    }
}
