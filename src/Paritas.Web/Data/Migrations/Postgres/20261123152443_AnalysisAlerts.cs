using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnalysisAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnalysisAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnalysisAlerts_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnalysisAlerts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisAlerts_ChangeId",
                table: "AnalysisAlerts",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisAlerts_OrganisationId_ChangeId_Indicator_ImportId",
                table: "AnalysisAlerts",
                columns: new[] { "OrganisationId", "ChangeId", "Indicator", "ImportId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalysisAlerts");
        }
    }
}
