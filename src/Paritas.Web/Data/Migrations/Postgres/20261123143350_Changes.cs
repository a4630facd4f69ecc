using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Changes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TemplateKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    InForce = table.Column<bool>(type: "boolean", nullable: false),
                    TrainingHoursPerMonth = table.Column<int>(type: "integer", nullable: true),
                    TrainingHoursPerYear = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DigitalChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Vendor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Hosting = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StageSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredBySide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Resilience_AlertDecisions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Resilience_DataOwnership = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Resilience_ExitPlan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Resilience_ManualFallback = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Service_ExclusionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Service_HumanChannelKept = table.Column<bool>(type: "boolean", nullable: false),
                    Service_MayExcludeMigrants = table.Column<bool>(type: "boolean", nullable: false),
                    Service_MayExcludeOlderPeople = table.Column<bool>(type: "boolean", nullable: false),
                    Service_MayExcludePeopleWithDisabilities = table.Column<bool>(type: "boolean", nullable: false),
                    Service_MayExcludePeopleWithoutInternet = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerData_Biometrics = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerData_DataProcessed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WorkerData_LocationTracking = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerData_PerformanceMetrics = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerData_Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WorkerData_Retention = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WorkerData_ScreenOrKeystrokeCapture = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerData_WhoSees = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                name: "Clauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clauses_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AffectedUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    GoLive = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    BySide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FromStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ToStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Obligation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "GateOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GateOverrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GateOverrides_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClauseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TriggerStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TriggerMonths = table.Column<int>(type: "integer", nullable: true),
                    Obligation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueOffsetDays = table.Column<int>(type: "integer", nullable: false),
                    ResponsibleSide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GatesStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Condition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rules_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Rules_Clauses_ClauseId",
                        column: x => x.ClauseId,
                        principalTable: "Clauses",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Obligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResponsibleSide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GatesStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "character varying(420)", maxLength: 420, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvidenceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettledByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    WaiverRequestedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    WaiverRequestedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    WaiverReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WaiverConfirmedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Obligations_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Obligations_Rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "Rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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
                name: "IX_Agreements_OrganisationId_InForce",
                table: "Agreements",
                columns: new[] { "OrganisationId", "InForce" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeHistory_ChangeId",
                table: "ChangeHistory",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeHistory_OrganisationId_ChangeId_At",
                table: "ChangeHistory",
                columns: new[] { "OrganisationId", "ChangeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Clauses_AgreementId",
                table: "Clauses",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Clauses_OrganisationId_AgreementId_Position",
                table: "Clauses",
                columns: new[] { "OrganisationId", "AgreementId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_DigitalChanges_OrganisationId_Stage",
                table: "DigitalChanges",
                columns: new[] { "OrganisationId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_GateOverrides_ChangeId",
                table: "GateOverrides",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_GateOverrides_OrganisationId_ChangeId",
                table: "GateOverrides",
                columns: new[] { "OrganisationId", "ChangeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_ChangeId",
                table: "Obligations",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_OrganisationId_ChangeId",
                table: "Obligations",
                columns: new[] { "OrganisationId", "ChangeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_OrganisationId_Status_DueOn",
                table: "Obligations",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_RuleId",
                table: "Obligations",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_Rules_AgreementId",
                table: "Rules",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Rules_ClauseId",
                table: "Rules",
                column: "ClauseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rules_OrganisationId_AgreementId",
                table: "Rules",
                columns: new[] { "OrganisationId", "AgreementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AffectedUnits");

            migrationBuilder.DropTable(
                name: "ChangeHistory");

            migrationBuilder.DropTable(
                name: "GateOverrides");

            migrationBuilder.DropTable(
                name: "Obligations");

            migrationBuilder.DropTable(
                name: "DigitalChanges");

            migrationBuilder.DropTable(
                name: "Rules");

            migrationBuilder.DropTable(
                name: "Clauses");

            migrationBuilder.DropTable(
                name: "Agreements");
        }
    }
}
