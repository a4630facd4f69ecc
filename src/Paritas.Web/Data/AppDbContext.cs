using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Data;

/// <summary>
/// The model shared by both providers. Each provider has its own subclass so that each keeps
/// its own migration set (see docs/adr/0001-data-and-tenancy.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, TenantContext tenant)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public TenantContext Tenant { get; } = tenant;

    // Read by the query filters: EF Core evaluates it per query, as a parameter.
    private Guid? CurrentOrganisationId => Tenant.OrganisationId;

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationNetwork> OrganisationNetworks => Set<OrganisationNetwork>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitHistoryEntry> UnitHistory => Set<UnitHistoryEntry>();

    public DbSet<WorkforceDimension> WorkforceDimensions => Set<WorkforceDimension>();

    public DbSet<WorkforceGroup> WorkforceGroups => Set<WorkforceGroup>();

    public DbSet<JointCommittee> JointCommittees => Set<JointCommittee>();

    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DigitalChange> DigitalChanges => Set<DigitalChange>();

    public DbSet<AffectedUnit> AffectedUnits => Set<AffectedUnit>();

    public DbSet<ChangeHistoryEntry> ChangeHistory => Set<ChangeHistoryEntry>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    public DbSet<GateOverride> GateOverrides => Set<GateOverride>();

    public DbSet<ObligationAlert> ObligationAlerts => Set<ObligationAlert>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Clause> Clauses => Set<Clause>();

    public DbSet<Rule> Rules => Set<Rule>();

    public DbSet<LibraryItem> LibraryItems => Set<LibraryItem>();

    public DbSet<LibraryTranslation> LibraryTranslations => Set<LibraryTranslation>();

    public DbSet<LibrarySource> LibrarySources => Set<LibrarySource>();

    public DbSet<LibraryTerm> LibraryTerms => Set<LibraryTerm>();

    public DbSet<LibraryRevision> LibraryRevisions => Set<LibraryRevision>();

    public DbSet<LibraryComment> LibraryComments => Set<LibraryComment>();

    public DbSet<LibraryCurator> LibraryCurators => Set<LibraryCurator>();
    public DbSet<Features.Concerns.Concern> Concerns => Set<Features.Concerns.Concern>();

    public DbSet<Features.Concerns.ConcernMessage> ConcernMessages => Set<Features.Concerns.ConcernMessage>();

    public DbSet<Features.Concerns.ConcernAttachment> ConcernAttachments => Set<Features.Concerns.ConcernAttachment>();

    public DbSet<Features.Concerns.CommitteeKey> CommitteeKeys => Set<Features.Concerns.CommitteeKey>();

    public DbSet<Features.Concerns.ConcernKeyShare> ConcernKeyShares => Set<Features.Concerns.ConcernKeyShare>();

    public DbSet<Features.Concerns.ConcernAlert> ConcernAlerts => Set<Features.Concerns.ConcernAlert>();

    public DbSet<Features.Concerns.ConcernSettings> ConcernSettings => Set<Features.Concerns.ConcernSettings>();

    public DbSet<Features.Concerns.ConcernObligation> ConcernObligations => Set<Features.Concerns.ConcernObligation>();

    public DbSet<Features.Concerns.IdentityApproval> IdentityApprovals => Set<Features.Concerns.IdentityApproval>();

    /// <summary>Keys that protect cookies and antiforgery tokens, shared by every instance of the application.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        OrganisationsModel.Configure(builder);
        AccountsModel.Configure(builder);
        AuditModel.Configure(builder);
        ChangesModel.Configure(builder);
        AgreementsModel.Configure(builder);
        Features.Absence.AbsenceModel.Configure(builder);
        Features.Assessments.AssessmentsModel.Configure(builder);
        Features.Training.TrainingModel.Configure(builder);
        Features.Surveys.SurveysModel.Configure(builder);
        LibraryModel.Configure(builder);
        Features.Concerns.ConcernsModel.Configure(builder);
        ApplyTenantFilters(builder);
    }

    private void ApplyTenantFilters(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(IOrganisationOwned).IsAssignableFrom(entityType.ClrType))
            {
                continue;
            }

            var method = typeof(AppDbContext).GetMethod(nameof(TenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType.ClrType);
            var filter = (LambdaExpression)method.Invoke(this, [])!;
            builder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }

    private Expression<Func<T, bool>> TenantFilter<T>()
        where T : class, IOrganisationOwned
        => e => e.OrganisationId == CurrentOrganisationId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampOrganisation();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampOrganisation();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// A row may only be written for the organisation the context acts for. Entities carry their
    /// organisation from construction; here we refuse any that disagree, instead of trusting them.
    /// </summary>
    private void StampOrganisation()
    {
        if (Tenant.IsSystem)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<IOrganisationOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.OrganisationId != Tenant.OrganisationId)
            {
                throw new TenantViolationException(entry.Metadata.ClrType.Name);
            }
        }
    }
}
