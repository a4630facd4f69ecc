using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Changes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DigitalChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Hosting = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StageSince = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredBySide = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Resilience_AlertDecisions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Resilience_DataOwnership = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Resilience_ExitPlan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Resilience_ManualFallback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Service_ExclusionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Service_HumanChannelKept = table.Column<bool>(type: "INTEGER", nullable: false),
                    Service_MayExcludeMigrants = table.Column<bool>(type: "INTEGER", nullable: false),
                    Service_MayExcludeOlderPeople = table.Column<bool>(type: "INTEGER", nullable: false),
                    Service_MayExcludePeopleWithDisabilities = table.Column<bool>(type: "INTEGER", nullable: false),
                    Service_MayExcludePeopleWithoutInternet = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerData_Biometrics = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerData_DataProcessed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WorkerData_LocationTracking = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerData_PerformanceMetrics = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerData_Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WorkerData_Retention = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WorkerData_ScreenOrKeystrokeCapture = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerData_WhoSees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigitalChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigitalChanges_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AffectedUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    GoLive = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AffectedUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AffectedUnits_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AffectedUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChangeHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BySide = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeHistory_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AffectedUnits_ChangeId",
                table: "AffectedUnits",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_AffectedUnits_OrganisationId_ChangeId_UnitId",
                table: "AffectedUnits",
                columns: new[] { "OrganisationId", "ChangeId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AffectedUnits_OrganisationId_UnitId",
                table: "AffectedUnits",
                columns: new[] { "OrganisationId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AffectedUnits_UnitId",
                table: "AffectedUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeHistory_ChangeId",
                table: "ChangeHistory",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeHistory_OrganisationId_ChangeId_At",
                table: "ChangeHistory",
                columns: new[] { "OrganisationId", "ChangeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DigitalChanges_OrganisationId_Stage",
                table: "DigitalChanges",
                columns: new[] { "OrganisationId", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AffectedUnits");

            migrationBuilder.DropTable(
                name: "ChangeHistory");

            migrationBuilder.DropTable(
                name: "DigitalChanges");
        }
    }
}
