using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganizationIndexesInsideOthers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackedRequests_OrganizationId",
                table: "TrackedRequests");

            migrationBuilder.DropIndex(
                name: "IX_SearchIndexStates_OrganizationId",
                table: "SearchIndexStates");

            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_OrganizationId",
                table: "SearchEntries");

            migrationBuilder.DropIndex(
                name: "IX_RequestTypes_OrganizationId",
                table: "RequestTypes");

            migrationBuilder.DropIndex(
                name: "IX_ProcurementReportPublications_OrganizationId",
                table: "ProcurementReportPublications");

            migrationBuilder.DropIndex(
                name: "IX_ProcurementRecords_OrganizationId",
                table: "ProcurementRecords");

            migrationBuilder.DropIndex(
                name: "IX_ProcurementPlans_OrganizationId",
                table: "ProcurementPlans");

            migrationBuilder.DropIndex(
                name: "IX_ProcurementPlanItems_OrganizationId",
                table: "ProcurementPlanItems");

            migrationBuilder.DropIndex(
                name: "IX_OrganizationPages_OrganizationId",
                table: "OrganizationPages");

            migrationBuilder.DropIndex(
                name: "IX_MeasureReportVersions_OrganizationId",
                table: "MeasureReportVersions");

            migrationBuilder.DropIndex(
                name: "IX_MeasurePlans_OrganizationId",
                table: "MeasurePlans");

            migrationBuilder.DropIndex(
                name: "IX_LedgerFiles_OrganizationId",
                table: "LedgerFiles");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_OrganizationId",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_ItaChecklist_OrganizationId",
                table: "ItaChecklist");

            migrationBuilder.DropIndex(
                name: "IX_FinanceDepartments_OrganizationId",
                table: "FinanceDepartments");

            migrationBuilder.DropIndex(
                name: "IX_Documents_OrganizationId",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_DocumentCategories_OrganizationId",
                table: "DocumentCategories");

            migrationBuilder.DropIndex(
                name: "IX_Departments_OrganizationId",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_BudgetReportPublications_OrganizationId",
                table: "BudgetReportPublications");

            migrationBuilder.DropIndex(
                name: "IX_BudgetPlans_OrganizationId",
                table: "BudgetPlans");

            migrationBuilder.DropIndex(
                name: "IX_BudgetLines_OrganizationId",
                table: "BudgetLines");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TrackedRequests_OrganizationId",
                table: "TrackedRequests",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchIndexStates_OrganizationId",
                table: "SearchIndexStates",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_OrganizationId",
                table: "SearchEntries",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTypes_OrganizationId",
                table: "RequestTypes",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementReportPublications_OrganizationId",
                table: "ProcurementReportPublications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRecords_OrganizationId",
                table: "ProcurementRecords",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlans_OrganizationId",
                table: "ProcurementPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanItems_OrganizationId",
                table: "ProcurementPlanItems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationPages_OrganizationId",
                table: "OrganizationPages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureReportVersions_OrganizationId",
                table: "MeasureReportVersions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurePlans_OrganizationId",
                table: "MeasurePlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerFiles_OrganizationId",
                table: "LedgerFiles",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_OrganizationId",
                table: "LedgerEntries",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ItaChecklist_OrganizationId",
                table: "ItaChecklist",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDepartments_OrganizationId",
                table: "FinanceDepartments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_OrganizationId",
                table: "Documents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCategories_OrganizationId",
                table: "DocumentCategories",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_OrganizationId",
                table: "Departments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetReportPublications_OrganizationId",
                table: "BudgetReportPublications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetPlans_OrganizationId",
                table: "BudgetPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_OrganizationId",
                table: "BudgetLines",
                column: "OrganizationId");
        }
    }
}
