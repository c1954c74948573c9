using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AntiCorruptionPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AntiCorruptionPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReopenReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntiCorruptionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AntiCorruptionProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Dimension = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Objective = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Period = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntiCorruptionProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AntiCorruptionProjects_AntiCorruptionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AntiCorruptionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AntiCorruptionProjects_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AntiCorruptionProjectReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Spent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Result = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntiCorruptionProjectReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AntiCorruptionProjectReports_AntiCorruptionProjects_Project~",
                        column: x => x.ProjectId,
                        principalTable: "AntiCorruptionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AntiCorruptionPlans_OrganizationId_FiscalYear",
                table: "AntiCorruptionPlans",
                columns: new[] { "OrganizationId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AntiCorruptionProjectReports_OrganizationId_ProjectId_Round",
                table: "AntiCorruptionProjectReports",
                columns: new[] { "OrganizationId", "ProjectId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AntiCorruptionProjectReports_ProjectId",
                table: "AntiCorruptionProjectReports",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AntiCorruptionProjects_DepartmentId",
                table: "AntiCorruptionProjects",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AntiCorruptionProjects_OrganizationId_PlanId",
                table: "AntiCorruptionProjects",
                columns: new[] { "OrganizationId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_AntiCorruptionProjects_PlanId",
                table: "AntiCorruptionProjects",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AntiCorruptionProjectReports");

            migrationBuilder.DropTable(
                name: "AntiCorruptionProjects");

            migrationBuilder.DropTable(
                name: "AntiCorruptionPlans");
        }
    }
}
