using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    InstrumentKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    InstrumentVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerSharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WorkersSharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PreviousId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmendmentReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_AspNetUsers_StartedByUserId",
                        column: x => x.StartedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Assessments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MitigationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SectionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Measure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerSide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MitigationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MitigationActions_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MitigationActions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OptionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentConclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SectionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OutcomeDifference = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentConclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentConclusions_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentDissents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SectionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentDissents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentDissents_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentSignatures_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentSignatures_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_AssessmentId",
                table: "AssessmentAnswers",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_OrganisationId_AssessmentId_Side_Question~",
                table: "AssessmentAnswers",
                columns: new[] { "OrganisationId", "AssessmentId", "Side", "QuestionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentConclusions_AssessmentId",
                table: "AssessmentConclusions",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentConclusions_OrganisationId_AssessmentId_SectionKey",
                table: "AssessmentConclusions",
                columns: new[] { "OrganisationId", "AssessmentId", "SectionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentDissents_AssessmentId",
                table: "AssessmentDissents",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentDissents_OrganisationId_AssessmentId",
                table: "AssessmentDissents",
                columns: new[] { "OrganisationId", "AssessmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ChangeId",
                table: "Assessments",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OrganisationId_ChangeId_Kind_Number",
                table: "Assessments",
                columns: new[] { "OrganisationId", "ChangeId", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_StartedByUserId",
                table: "Assessments",
                column: "StartedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSignatures_AssessmentId",
                table: "AssessmentSignatures",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSignatures_OrganisationId_AssessmentId_Side",
                table: "AssessmentSignatures",
                columns: new[] { "OrganisationId", "AssessmentId", "Side" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSignatures_UserId",
                table: "AssessmentSignatures",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MitigationActions_ChangeId",
                table: "MitigationActions",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_MitigationActions_OrganisationId_ChangeId",
                table: "MitigationActions",
                columns: new[] { "OrganisationId", "ChangeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentAnswers");

            migrationBuilder.DropTable(
                name: "AssessmentConclusions");

            migrationBuilder.DropTable(
                name: "AssessmentDissents");

            migrationBuilder.DropTable(
                name: "AssessmentSignatures");

            migrationBuilder.DropTable(
                name: "MitigationActions");

            migrationBuilder.DropTable(
                name: "Assessments");
        }
    }
}
