using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyInstruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInstruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Surveys_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyWaves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Population = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyWaves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyWaves_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyWaves_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "SurveyWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Used = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyTokens_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyTokens_SurveyWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "SurveyWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyUnitLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyUnitLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyUnitLinks_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyUnitLinks_SurveyWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "SurveyWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyWaveAggregates",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    N = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<double>(type: "REAL", nullable: false),
                    SumOfSquares = table.Column<double>(type: "REAL", nullable: false),
                    OptionCounts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Suppressed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyWaveAggregates", x => new { x.OrganisationId, x.WaveId, x.Dimension, x.UnitCode, x.GroupCode, x.Measure });
                    table.ForeignKey(
                        name: "FK_SurveyWaveAggregates_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyWaveAggregates_SurveyWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "SurveyWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyWaveCells",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Respondents = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyWaveCells", x => new { x.OrganisationId, x.WaveId, x.Dimension, x.UnitCode, x.GroupCode });
                    table.ForeignKey(
                        name: "FK_SurveyWaveCells_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyWaveCells_SurveyWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "SurveyWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInstruments_InstrumentId_Version",
                table: "SurveyInstruments",
                columns: new[] { "InstrumentId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_OrganisationId_WaveId_UnitId",
                table: "SurveyResponses",
                columns: new[] { "OrganisationId", "WaveId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_WaveId",
                table: "SurveyResponses",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_ChangeId",
                table: "Surveys",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_OrganisationId_ChangeId",
                table: "Surveys",
                columns: new[] { "OrganisationId", "ChangeId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTokens_Hash",
                table: "SurveyTokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTokens_OrganisationId_WaveId_UnitId",
                table: "SurveyTokens",
                columns: new[] { "OrganisationId", "WaveId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTokens_WaveId",
                table: "SurveyTokens",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyUnitLinks_Code",
                table: "SurveyUnitLinks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyUnitLinks_OrganisationId_WaveId_UnitId",
                table: "SurveyUnitLinks",
                columns: new[] { "OrganisationId", "WaveId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyUnitLinks_WaveId",
                table: "SurveyUnitLinks",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaveAggregates_WaveId",
                table: "SurveyWaveAggregates",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaveCells_WaveId",
                table: "SurveyWaveCells",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaves_OrganisationId_SurveyId",
                table: "SurveyWaves",
                columns: new[] { "OrganisationId", "SurveyId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaves_SurveyId",
                table: "SurveyWaves",
                column: "SurveyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyInstruments");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyTokens");

            migrationBuilder.DropTable(
                name: "SurveyUnitLinks");

            migrationBuilder.DropTable(
                name: "SurveyWaveAggregates");

            migrationBuilder.DropTable(
                name: "SurveyWaveCells");

            migrationBuilder.DropTable(
                name: "SurveyWaves");

            migrationBuilder.DropTable(
                name: "Surveys");
        }
    }
}
