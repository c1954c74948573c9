using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BudgetAndProcurement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BudgetPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningPeriod = table.Column<int>(type: "INTEGER", nullable: false),
                    AllocatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetReportPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetReportPublications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceDepartments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceDepartments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinanceDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetAllocatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementReportPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementReportPublications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Program = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WorkCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Work = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Subcategory = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_BudgetPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "BudgetPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementPlanItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FundingSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementPlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementPlanItems_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProcurementPlanItems_ProcurementPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ProcurementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ItemsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementPlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementPlanRevisions_ProcurementPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ProcurementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLineMonths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Disbursed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLineMonths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLineMonths_BudgetLines_LineId",
                        column: x => x.LineId,
                        principalTable: "BudgetLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BudgetAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReferencePrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    MethodNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SelectedSupplier = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AgreedPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SelectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BudgetSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EgpProjectNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlanItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementRecords_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProcurementRecords_ProcurementPlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "ProcurementPlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementAnnouncements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementAnnouncements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementAnnouncements_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcurementAnnouncements_ProcurementRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "ProcurementRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementBids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Bidder = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementBids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementBids_ProcurementRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "ProcurementRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLineMonths_LineId_FiscalMonth",
                table: "BudgetLineMonths",
                columns: new[] { "LineId", "FiscalMonth" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLineMonths_OrganizationId",
                table: "BudgetLineMonths",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_DepartmentId",
                table: "BudgetLines",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_OrganizationId",
                table: "BudgetLines",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_OrganizationId_PlanId_Ordinal",
                table: "BudgetLines",
                columns: new[] { "OrganizationId", "PlanId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_PlanId",
                table: "BudgetLines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetPlans_OrganizationId",
                table: "BudgetPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetPlans_OrganizationId_FiscalYear",
                table: "BudgetPlans",
                columns: new[] { "OrganizationId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetReportPublications_OrganizationId",
                table: "BudgetReportPublications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetReportPublications_OrganizationId_FiscalYear_Kind",
                table: "BudgetReportPublications",
                columns: new[] { "OrganizationId", "FiscalYear", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDepartments_DepartmentId",
                table: "FinanceDepartments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDepartments_OrganizationId",
                table: "FinanceDepartments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDepartments_OrganizationId_DepartmentId",
                table: "FinanceDepartments",
                columns: new[] { "OrganizationId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementAnnouncements_DocumentId",
                table: "ProcurementAnnouncements",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementAnnouncements_OrganizationId",
                table: "ProcurementAnnouncements",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementAnnouncements_RecordId_DocumentId",
                table: "ProcurementAnnouncements",
                columns: new[] { "RecordId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementBids_OrganizationId",
                table: "ProcurementBids",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementBids_RecordId",
                table: "ProcurementBids",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanItems_DepartmentId",
                table: "ProcurementPlanItems",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanItems_OrganizationId",
                table: "ProcurementPlanItems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanItems_OrganizationId_PlanId_Ordinal",
                table: "ProcurementPlanItems",
                columns: new[] { "OrganizationId", "PlanId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanItems_PlanId",
                table: "ProcurementPlanItems",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanRevisions_OrganizationId",
                table: "ProcurementPlanRevisions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanRevisions_PlanId_Number",
                table: "ProcurementPlanRevisions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlans_OrganizationId",
                table: "ProcurementPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlans_OrganizationId_FiscalYear",
                table: "ProcurementPlans",
                columns: new[] { "OrganizationId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRecords_DepartmentId",
                table: "ProcurementRecords",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRecords_OrganizationId",
                table: "ProcurementRecords",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRecords_OrganizationId_FiscalYear_Month_Ordinal",
                table: "ProcurementRecords",
                columns: new[] { "OrganizationId", "FiscalYear", "Month", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRecords_PlanItemId",
                table: "ProcurementRecords",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementReportPublications_OrganizationId",
                table: "ProcurementReportPublications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementReportPublications_OrganizationId_FiscalYear_Kind_Month",
                table: "ProcurementReportPublications",
                columns: new[] { "OrganizationId", "FiscalYear", "Kind", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetLineMonths");

            migrationBuilder.DropTable(
                name: "BudgetReportPublications");

            migrationBuilder.DropTable(
                name: "FinanceDepartments");

            migrationBuilder.DropTable(
                name: "ProcurementAnnouncements");

            migrationBuilder.DropTable(
                name: "ProcurementBids");

            migrationBuilder.DropTable(
                name: "ProcurementPlanRevisions");

            migrationBuilder.DropTable(
                name: "ProcurementReportPublications");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "ProcurementRecords");

            migrationBuilder.DropTable(
                name: "BudgetPlans");

            migrationBuilder.DropTable(
                name: "ProcurementPlanItems");

            migrationBuilder.DropTable(
                name: "ProcurementPlans");
        }
    }
}
