using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AbsenceAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AbsenceCells",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    AvailableDays = table.Column<double>(type: "double precision", nullable: false),
                    DaysLost = table.Column<double>(type: "double precision", nullable: false),
                    SpellsStarted = table.Column<int>(type: "integer", nullable: false),
                    MsdSpellsStarted = table.Column<int>(type: "integer", nullable: false),
                    PsychosocialSpellsStarted = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbsenceCells", x => new { x.OrganisationId, x.Month, x.UnitId, x.Dimension, x.GroupCode });
                    table.ForeignKey(
                        name: "FK_AbsenceCells_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AbsenceCells_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AbsenceImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    LastMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Spells = table.Column<int>(type: "integer", nullable: false),
                    Employments = table.Column<int>(type: "integer", nullable: false),
                    DroppedRows = table.Column<int>(type: "integer", nullable: false),
                    DroppedByReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbsenceImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AbsenceImports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AbsenceMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Target = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbsenceMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AbsenceMappings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AbsenceYearCells",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    EmployeesWithSpell = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbsenceYearCells", x => new { x.OrganisationId, x.Year, x.UnitId, x.Dimension, x.GroupCode });
                    table.ForeignKey(
                        name: "FK_AbsenceYearCells_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AbsenceYearCells_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceCells_UnitId",
                table: "AbsenceCells",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceImports_OrganisationId_ImportedAt",
                table: "AbsenceImports",
                columns: new[] { "OrganisationId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceMappings_OrganisationId_Kind_Source",
                table: "AbsenceMappings",
                columns: new[] { "OrganisationId", "Kind", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceYearCells_UnitId",
                table: "AbsenceYearCells",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AbsenceCells");

            migrationBuilder.DropTable(
                name: "AbsenceImports");

            migrationBuilder.DropTable(
                name: "AbsenceMappings");

            migrationBuilder.DropTable(
                name: "AbsenceYearCells");
        }
    }
}
