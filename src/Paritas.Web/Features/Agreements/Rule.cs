using Paritas.Web.Data;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Agreements;

/// <summary>
/// What a clause makes one side owe for each change: an obligation, due a number of days after
/// (or, negative, before) a trigger, and possibly a stage it gates until it is met.
/// </summary>
public sealed class Rule : IOrganisationOwned
{
    public const int NoteLength = 400;
    public const int MaximumOffsetDays = 3650;
    public const int MaximumMonths = 120;

    private Rule()
    {
    }

    public Rule(Clause clause, RuleSpec spec)
    {
        Id = Guid.NewGuid();
        OrganisationId = clause.OrganisationId;
        AgreementId = clause.AgreementId;
        ClauseId = clause.Id;
        Apply(spec);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AgreementId { get; private set; }

    public Guid ClauseId { get; private set; }

    public RuleTrigger Trigger { get; private set; }

    /// <summary>For <see cref="RuleTrigger.StageEntered"/>: which stage.</summary>
    public ChangeStage? TriggerStage { get; private set; }

    /// <summary>For <see cref="RuleTrigger.MonthsAfterGoLive"/>: how many months after the first go-live.</summary>
    public int? TriggerMonths { get; private set; }

    public ObligationKind Obligation { get; private set; }

    public int DueOffsetDays { get; private set; }

    public Side ResponsibleSide { get; private set; }

    /// <summary>A change cannot enter this stage, or any later one, while the obligation is unmet.</summary>
    public ChangeStage? GatesStage { get; private set; }

    public RuleCondition Condition { get; private set; }

    public string? Note { get; private set; }

    public RuleSpec Spec => new(Trigger, TriggerStage, TriggerMonths, Obligation, DueOffsetDays, ResponsibleSide, GatesStage, Condition, Note);

    public void Apply(RuleSpec spec)
    {
        Trigger = spec.Trigger;
        TriggerStage = spec.Trigger == RuleTrigger.StageEntered ? spec.TriggerStage : null;
        TriggerMonths = spec.Trigger == RuleTrigger.MonthsAfterGoLive ? spec.TriggerMonths : null;
        Obligation = spec.Obligation;
        DueOffsetDays = spec.DueOffsetDays;
        ResponsibleSide = spec.ResponsibleSide;
        GatesStage = spec.GatesStage;
        Condition = spec.Condition;
        Note = spec.Note;
    }
}
