using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ItaWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ItaCatalogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Variant = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Unconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Shipped = table.Column<bool>(type: "boolean", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItaCatalogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ItaChecklist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Variant = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItaChecklist", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItaChecklist_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItaChecklistItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    ChecklistId = table.Column<int>(type: "integer", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItaChecklistItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItaChecklistItem_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ItaChecklistItem_ItaChecklist_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "ItaChecklist",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItaEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    ChecklistItemId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FiscalYear = table.Column<int>(type: "integer", nullable: true),
                    Period = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LinkOutcome = table.Column<int>(type: "integer", nullable: true),
                    LinkMessage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LinkCheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItaEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItaEvidence_ItaChecklistItem_ChecklistItemId",
                        column: x => x.ChecklistItemId,
                        principalTable: "ItaChecklistItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItaCatalogs_FiscalYear_Variant_Revision",
                table: "ItaCatalogs",
                columns: new[] { "FiscalYear", "Variant", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItaChecklist_OrganizationId",
                table: "ItaChecklist",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ItaChecklist_OrganizationId_FiscalYear",
                table: "ItaChecklist",
                columns: new[] { "OrganizationId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItaChecklistItem_ChecklistId_ItemKey",
                table: "ItaChecklistItem",
                columns: new[] { "ChecklistId", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItaChecklistItem_DepartmentId",
                table: "ItaChecklistItem",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ItaChecklistItem_OrganizationId",
                table: "ItaChecklistItem",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ItaEvidence_ChecklistItemId",
                table: "ItaEvidence",
                column: "ChecklistItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ItaEvidence_OrganizationId",
                table: "ItaEvidence",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItaCatalogs");

            migrationBuilder.DropTable(
                name: "ItaEvidence");

            migrationBuilder.DropTable(
                name: "ItaChecklistItem");

            migrationBuilder.DropTable(
                name: "ItaChecklist");
        }
    }
}
