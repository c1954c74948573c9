using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CorruptionRisks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReopenReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CorruptionRisks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Process = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Likelihood = table.Column<int>(type: "integer", nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    ExistingControls = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Measures = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    Period = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorruptionRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorruptionRisks_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CorruptionRisks_RiskAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "RiskAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    RiskId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskFollowUps_CorruptionRisks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "CorruptionRisks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CorruptionRisks_AssessmentId",
                table: "CorruptionRisks",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CorruptionRisks_DepartmentId",
                table: "CorruptionRisks",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CorruptionRisks_OrganizationId_AssessmentId",
                table: "CorruptionRisks",
                columns: new[] { "OrganizationId", "AssessmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_OrganizationId_FiscalYear",
                table: "RiskAssessments",
                columns: new[] { "OrganizationId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskFollowUps_OrganizationId",
                table: "RiskFollowUps",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskFollowUps_RiskId_Round",
                table: "RiskFollowUps",
                columns: new[] { "RiskId", "Round" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskFollowUps");

            migrationBuilder.DropTable(
                name: "CorruptionRisks");

            migrationBuilder.DropTable(
                name: "RiskAssessments");
        }
    }
}
