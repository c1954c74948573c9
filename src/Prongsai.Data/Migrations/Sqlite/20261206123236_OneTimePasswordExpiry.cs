using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneTimePasswordExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OneTimePasswordIssuedAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            // One-time passwords issued before they could expire count from now: they expire a full period after the
            // upgrade, never at once. The value is what DateTimeOffsetToBinaryConverter stores for the current UTC time
            // (ticks / 1000, shifted past the 11 bits of a zero offset).
            migrationBuilder.Sql(
                "UPDATE \"AspNetUsers\" SET \"OneTimePasswordIssuedAt\" = " +
                "((CAST(strftime('%s', 'now') AS INTEGER) * 10000000 + 621355968000000000) / 1000) * 2048 " +
                "WHERE \"MustChangePassword\" = 1;");
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
