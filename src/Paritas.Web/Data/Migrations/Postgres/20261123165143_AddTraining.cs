using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
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
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Activity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Hours = table.Column<double>(type: "double precision", nullable: false),
                    PeopleTrained = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    LastMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Cells = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntitlementStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerAgreedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    EmployerAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WorkersAgreedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkersAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HoursPerPerson = table.Column<double>(type: "double precision", nullable: false),
                    InWorkingTime = table.Column<bool>(type: "boolean", nullable: false),
                    PaidBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartOffsetDays = table.Column<int>(type: "integer", nullable: false),
                    EndOffsetDays = table.Column<int>(type: "integer", nullable: false)
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
