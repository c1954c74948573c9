using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssetLoanTrackingCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TrackingCodeHash",
                table: "AssetLoans",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssetLoans_TrackingCodeHash",
                table: "AssetLoans",
                column: "TrackingCodeHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AssetLoans_TrackingCodeHash",
                table: "AssetLoans");

            migrationBuilder.DropColumn(
                name: "TrackingCodeHash",
                table: "AssetLoans");
        }
    }
}
