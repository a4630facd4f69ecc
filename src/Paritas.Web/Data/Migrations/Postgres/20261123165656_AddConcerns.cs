using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddConcerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommitteeKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    Salt = table.Column<byte[]>(type: "bytea", nullable: false),
                    WrappedPrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeKeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reporter = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FieldFeedback = table.Column<bool>(type: "boolean", nullable: false),
                    IdentityDisclosedLater = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssignedSide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgementDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FeedbackDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Identity = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReceiptLookup = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReceiptSalt = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReceiptVerifier = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReceiptKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    NextSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_DigitalChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "DigitalChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Concerns_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Concerns_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ConcernSettings",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcknowledgementDays = table.Column<int>(type: "integer", nullable: false),
                    NonDirectiveFeedbackDays = table.Column<int>(type: "integer", nullable: false),
                    DirectiveFeedbackDays = table.Column<int>(type: "integer", nullable: true),
                    AutoAcknowledge = table.Column<bool>(type: "boolean", nullable: false),
                    RetentionDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernSettings", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_ConcernSettings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernAlerts_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernAttachments_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernKeyShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SealedKey = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernKeyShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernKeyShares_CommitteeKeys_CommitteeKeyId",
                        column: x => x.CommitteeKeyId,
                        principalTable: "CommitteeKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernKeyShares_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromReporter = table.Column<bool>(type: "boolean", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorSide = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    InternalToCommittee = table.Column<bool>(type: "boolean", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernMessages_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernObligations",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernObligations", x => new { x.OrganisationId, x.ConcernId, x.ObligationId });
                    table.ForeignKey(
                        name: "FK_ConcernObligations_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernObligations_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdentityApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApprovedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityApprovals_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeKeys_OrganisationId_UserId",
                table: "CommitteeKeys",
                columns: new[] { "OrganisationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeKeys_UserId",
                table: "CommitteeKeys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernAlerts_ConcernId",
                table: "ConcernAlerts",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernAlerts_OrganisationId_ConcernId_Kind_Day",
                table: "ConcernAlerts",
                columns: new[] { "OrganisationId", "ConcernId", "Kind", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConcernAttachments_ConcernId",
                table: "ConcernAttachments",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernAttachments_OrganisationId_ConcernId",
                table: "ConcernAttachments",
                columns: new[] { "OrganisationId", "ConcernId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernKeyShares_CommitteeKeyId",
                table: "ConcernKeyShares",
                column: "CommitteeKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernKeyShares_ConcernId",
                table: "ConcernKeyShares",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernKeyShares_OrganisationId_CommitteeKeyId",
                table: "ConcernKeyShares",
                columns: new[] { "OrganisationId", "CommitteeKeyId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernKeyShares_OrganisationId_ConcernId_CommitteeKeyId_Pu~",
                table: "ConcernKeyShares",
                columns: new[] { "OrganisationId", "ConcernId", "CommitteeKeyId", "Purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConcernMessages_ConcernId",
                table: "ConcernMessages",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernMessages_OrganisationId_ConcernId_Sequence",
                table: "ConcernMessages",
                columns: new[] { "OrganisationId", "ConcernId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernObligations_ConcernId",
                table: "ConcernObligations",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernObligations_ObligationId",
                table: "ConcernObligations",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ChangeId",
                table: "Concerns",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_OrganisationId_ChangeId_Status",
                table: "Concerns",
                columns: new[] { "OrganisationId", "ChangeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_OrganisationId_Status_ReceivedOn",
                table: "Concerns",
                columns: new[] { "OrganisationId", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReceiptLookup",
                table: "Concerns",
                column: "ReceiptLookup",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_UnitId",
                table: "Concerns",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityApprovals_ConcernId",
                table: "IdentityApprovals",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityApprovals_OrganisationId_ConcernId_Side",
                table: "IdentityApprovals",
                columns: new[] { "OrganisationId", "ConcernId", "Side" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernAlerts");

            migrationBuilder.DropTable(
                name: "ConcernAttachments");

            migrationBuilder.DropTable(
                name: "ConcernKeyShares");

            migrationBuilder.DropTable(
                name: "ConcernMessages");

            migrationBuilder.DropTable(
                name: "ConcernObligations");

            migrationBuilder.DropTable(
                name: "ConcernSettings");

            migrationBuilder.DropTable(
                name: "IdentityApprovals");

            migrationBuilder.DropTable(
                name: "CommitteeKeys");

            migrationBuilder.DropTable(
                name: "Concerns");
        }
    }
}
