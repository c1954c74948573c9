using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSearchSynonyms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchSynonyms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Terms = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchSynonyms", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SearchSynonyms",
                columns: new[] { "Id", "Terms" },
                values: new object[,]
                {
                    { new Guid("5e000000-0000-4000-8000-000000000001"), "อบต., องค์การบริหารส่วนตำบล" },
                    { new Guid("5e000000-0000-4000-8000-000000000002"), "ทต., เทศบาลตำบล" },
                    { new Guid("5e000000-0000-4000-8000-000000000003"), "ทม., เทศบาลเมือง" },
                    { new Guid("5e000000-0000-4000-8000-000000000004"), "ทน., เทศบาลนคร" },
                    { new Guid("5e000000-0000-4000-8000-000000000005"), "อบจ., องค์การบริหารส่วนจังหวัด" },
                    { new Guid("5e000000-0000-4000-8000-000000000006"), "อปท., องค์กรปกครองส่วนท้องถิ่น" },
                    { new Guid("5e000000-0000-4000-8000-000000000007"), "สขร.1, แบบสรุปผลการดำเนินการจัดซื้อจัดจ้าง" },
                    { new Guid("5e000000-0000-4000-8000-000000000008"), "ITA, การประเมินคุณธรรมและความโปร่งใส" },
                    { new Guid("5e000000-0000-4000-8000-000000000009"), "คอรัปชั่น, คอร์รัปชัน, คอรัปชัน, ทุจริต" },
                    { new Guid("5e000000-0000-4000-8000-000000000010"), "สินบน, ติดสินบน" },
                    { new Guid("5e000000-0000-4000-8000-000000000011"), "ร้องเรียน, ร้องทุกข์" },
                    { new Guid("5e000000-0000-4000-8000-000000000012"), "จัดซื้อจัดจ้าง, จัดซื้อ จัดจ้าง, พัสดุ" },
                    { new Guid("5e000000-0000-4000-8000-000000000013"), "ศพด., ศูนย์พัฒนาเด็กเล็ก" },
                    { new Guid("5e000000-0000-4000-8000-000000000014"), "รพ.สต., โรงพยาบาลส่งเสริมสุขภาพตำบล" },
                    { new Guid("5e000000-0000-4000-8000-000000000015"), "ปีงบประมาณ, ปีงบ" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchSynonyms");
        }
    }
}
