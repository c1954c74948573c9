using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTitlesInRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
