using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeliveredHoursCells",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hours = table.Column<double>(type: "REAL", nullable: false),
                    PeopleTrained = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveredHoursCells", x => new { x.OrganisationId, x.Month, x.UnitId, x.Dimension, x.GroupCode, x.Activity, x.Source });
                    table.ForeignKey(
                        name: "FK_DeliveredHoursCells_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeliveredHoursCells_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAlerts_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAlerts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Cells = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingImports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingNeeds_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingNeeds_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntitlementStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EmployerAgreedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerAgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkersAgreedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkersAgreedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HoursPerPerson = table.Column<double>(type: "REAL", nullable: false),
                    InWorkingTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartOffsetDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EndOffsetDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingActivities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingActivities_TrainingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveredHoursCells_UnitId",
                table: "DeliveredHoursCells",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingActivities_OrganisationId_PlanId",
                table: "TrainingActivities",
                columns: new[] { "OrganisationId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingActivities_PlanId",
                table: "TrainingActivities",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAlerts_ChangeId",
                table: "TrainingAlerts",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAlerts_OrganisationId_ChangeId_Day",
                table: "TrainingAlerts",
                columns: new[] { "OrganisationId", "ChangeId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingImports_OrganisationId_ImportedAt",
                table: "TrainingImports",
                columns: new[] { "OrganisationId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingNeeds_ChangeId",
                table: "TrainingNeeds",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingNeeds_OrganisationId_ChangeId",
                table: "TrainingNeeds",
                columns: new[] { "OrganisationId", "ChangeId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_ChangeId",
                table: "TrainingPlans",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_OrganisationId_ChangeId",
                table: "TrainingPlans",
                columns: new[] { "OrganisationId", "ChangeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliveredHoursCells");

            migrationBuilder.DropTable(
                name: "TrainingActivities");

            migrationBuilder.DropTable(
                name: "TrainingAlerts");

            migrationBuilder.DropTable(
                name: "TrainingImports");

            migrationBuilder.DropTable(
                name: "TrainingNeeds");

            migrationBuilder.DropTable(
                name: "TrainingPlans");
        }
    }
}
