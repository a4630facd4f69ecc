using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Paritas.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddLibraryAndConcerns : Migration
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
                name: "LibraryCurators",
                columns: table => new
                {
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCurators", x => new { x.NetworkId, x.UserId });
                    table.ForeignKey(
                        name: "FK_LibraryCurators_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LibraryCurators_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uid = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OriginalLanguage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedVisibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RequestedNetworkId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    OrganisationType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Sector = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Technology = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PeriodFrom = table.Column<int>(type: "integer", nullable: true),
                    PeriodTo = table.Column<int>(type: "integer", nullable: true),
                    MechanismCodes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RuleJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LinkedChangeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryItems_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LibraryItems_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "LibraryComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ModeratedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryComments_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryRevisions_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibrarySources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibrarySources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibrarySources_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryTranslations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Body = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    TermCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryTranslations_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryTerms",
                columns: table => new
                {
                    TranslationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryTerms", x => new { x.TranslationId, x.Term });
                    table.ForeignKey(
                        name: "FK_LibraryTerms_LibraryTranslations_TranslationId",
                        column: x => x.TranslationId,
                        principalTable: "LibraryTranslations",
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

            migrationBuilder.CreateIndex(
                name: "IX_LibraryComments_ItemId_State",
                table: "LibraryComments",
                columns: new[] { "ItemId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCurators_UserId",
                table: "LibraryCurators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_NetworkId",
                table: "LibraryItems",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_OwnerOrganisationId",
                table: "LibraryItems",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_Uid",
                table: "LibraryItems",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_Visibility_PublishedAt",
                table: "LibraryItems",
                columns: new[] { "Visibility", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryRevisions_ItemId_At",
                table: "LibraryRevisions",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_LibrarySources_ItemId_Position",
                table: "LibrarySources",
                columns: new[] { "ItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryTerms_ItemId",
                table: "LibraryTerms",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryTerms_Term_Language",
                table: "LibraryTerms",
                columns: new[] { "Term", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryTranslations_ItemId_Language",
                table: "LibraryTranslations",
                columns: new[] { "ItemId", "Language" },
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
                name: "LibraryComments");

            migrationBuilder.DropTable(
                name: "LibraryCurators");

            migrationBuilder.DropTable(
                name: "LibraryRevisions");

            migrationBuilder.DropTable(
                name: "LibrarySources");

            migrationBuilder.DropTable(
                name: "LibraryTerms");

            migrationBuilder.DropTable(
                name: "CommitteeKeys");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "LibraryTranslations");

            migrationBuilder.DropTable(
                name: "LibraryItems");
        }
    }
}
