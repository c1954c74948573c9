using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneTimePasswordExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OneTimePasswordIssuedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            // One-time passwords issued before they could expire count from now: they expire a full period after the
            // upgrade, never at once.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"OneTimePasswordIssuedAt\" = now() WHERE \"MustChangePassword\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OneTimePasswordIssuedAt",
                table: "AspNetUsers");
        }
    }
}
