using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SealConfidentialComplaintWords : Migration
    {
        private const string Marker = "(ข้อความลับ ไม่บันทึกค่า)";

        private const string ConfidentialRequests = "SELECT r.\"Id\" FROM \"TrackedRequests\" r JOIN \"RequestTypes\" t ON t.\"Id\" = r.\"TypeId\" WHERE t.\"Confidential\"";

        private static readonly (string Entity, string Keys, string[] Fields)[] Sealed =
        [
            ("TrackedRequest", $"\"EntityId\" IN (SELECT CAST(c.\"Id\" AS TEXT) FROM ({ConfidentialRequests}) c)",
                ["Subject", "Details", "Answer", "Outcome", "ForwardedTo"]),
            ("RequestStep", $"\"EntityId\" IN (SELECT CAST(s.\"Id\" AS TEXT) FROM \"RequestSteps\" s WHERE s.\"RequestId\" IN ({ConfidentialRequests}))", ["Note"]),
            ("RequestMessage", $"\"EntityId\" IN (SELECT CAST(m.\"Id\" AS TEXT) FROM \"RequestMessages\" m WHERE m.\"RequestId\" IN ({ConfidentialRequests}))", ["Text"]),
            ("RequestAttachment", $"\"EntityId\" IN (SELECT CAST(a.\"Id\" AS TEXT) FROM \"RequestAttachments\" a WHERE a.\"RequestId\" IN ({ConfidentialRequests}))", ["FileName"]),
            ("StaffNotification", $"COALESCE(json_extract(\"Changes\", '$.Path[1]'), json_extract(\"Changes\", '$.Path[0]')) IN (SELECT 'requests/' || CAST(c.\"Id\" AS TEXT) FROM ({ConfidentialRequests}) c)", ["Text"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Entries written before the audit trail withheld the words of corruption complaints (ConfidentialRequestRows)
            // still hold them in clear, readable by OrgAdmins and Auditors: each such value becomes the marker, as it is
            // written today. Who changed what, and when, stays. The rows and fields are named here as they were then.
            foreach (var (entity, keys, fields) in Sealed)
            {
                foreach (var field in fields)
                {
                    migrationBuilder.Sql(
                        $$"""
                        UPDATE "AuditEntries" SET "Changes" = json_set("Changes", '$.{{field}}', json_array(
                            CASE WHEN COALESCE(json_type("Changes", '$.{{field}}[0]'), 'null') = 'null' THEN NULL ELSE '{{Marker}}' END,
                            CASE WHEN COALESCE(json_type("Changes", '$.{{field}}[1]'), 'null') = 'null' THEN NULL ELSE '{{Marker}}' END))
                        WHERE "Entity" = '{{entity}}' AND json_valid("Changes") AND json_type("Changes", '$.{{field}}') = 'array'
                          AND {{keys}};
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
