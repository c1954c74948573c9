using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HostClaimApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClaimedAt",
                table: "OrganizationHosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "OrganizationHosts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                table: "OrganizationHosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "OrganizationHosts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "OrganizationHosts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Host names claimed before claims needed approval were accepted then: they stay in service.
            migrationBuilder.Sql("UPDATE \"OrganizationHosts\" SET \"Status\" = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "OrganizationHosts");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "OrganizationHosts");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "OrganizationHosts");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "OrganizationHosts");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "OrganizationHosts");
        }
    }
}
