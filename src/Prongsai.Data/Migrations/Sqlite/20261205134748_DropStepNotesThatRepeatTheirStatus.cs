using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropStepNotesThatRepeatTheirStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Steps written before a step's note said only what its status says (RequestStep): the sentence the system
            // wrote in Thai is dropped, so the page names the status alone, in the reader's language; a rejection keeps
            // its reason without the repeated "ไม่รับเรื่อง: ". Statuses as numbers: Received 1, Screening 2,
            // InProgress 3, Answered 5, Rejected 7. A note an officer wrote in other words is kept.
            migrationBuilder.Sql(
                """
                UPDATE "RequestSteps" SET "Note" = NULL
                WHERE ("Status" = 1 AND "Note" = 'รับเรื่องแล้ว')
                   OR ("Status" = 2 AND "Note" = 'อยู่ระหว่างคัดกรองเรื่อง')
                   OR ("Status" = 3 AND "Note" = 'อยู่ระหว่างดำเนินการ')
                   OR ("Status" = 5 AND "Note" = 'ตอบเรื่องแล้ว');
                """);
            migrationBuilder.Sql(
                """
                UPDATE "RequestSteps" SET "Note" = substr("Note", 15)
                WHERE "Status" = 7 AND "Note" LIKE 'ไม่รับเรื่อง: %';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
