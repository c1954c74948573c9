using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchTitlesInRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Url",
                table: "SearchEntries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300)
                .Annotation("Prongsai:StoredInRow", true);

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "SearchEntries",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500)
                .Annotation("Prongsai:StoredInRow", true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Url",
                table: "SearchEntries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300)
                .OldAnnotation("Prongsai:StoredInRow", true);

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "SearchEntries",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500)
                .OldAnnotation("Prongsai:StoredInRow", true);
        }
    }
}
