using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// A problem raised by a worker or a digital agent about a change, for its joint committee. Holds
/// no clear text of the reporter's words, no identity in clear and no time finer than a day: the
/// content is sealed (ADR 0011), and the receipt is stored only as a peppered index and verifier.
/// </summary>
public sealed class Concern : IOrganisationOwned
{
    public const int TextLength = 8000;

    private Concern()
    {
    }

    public Concern(Guid organisationId, Guid changeId, Guid? unitId, ConcernCategory category, ReporterChoice reporter, bool fieldFeedback, DateOnly today, ConcernTerms terms)
    {
        // Random (v4), never time-ordered: an id must not tell when a concern came in.
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        UnitId = unitId;
        Category = category;
        Reporter = reporter;
        FieldFeedback = fieldFeedback;
        ReceivedOn = today;
        Status = ConcernStatus.New;
        Schedule(terms);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public Guid? UnitId { get; private set; }

    public ConcernCategory Category { get; private set; }

    public ReporterChoice Reporter { get; private set; }

    /// <summary>Logged by a digital agent from the field, always with their name.</summary>
    public bool FieldFeedback { get; private set; }

    public bool IdentityDisclosedLater { get; private set; }

    public ConcernStatus Status { get; private set; }

    public ConcernOutcome? Outcome { get; private set; }

    /// <summary>Empty while both sides handle it together.</summary>
    public Side? AssignedSide { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateOnly AcknowledgementDueOn { get; private set; }

    public DateOnly FeedbackDueOn { get; private set; }

    /// <summary>The text, under the content key.</summary>
    public byte[] Content { get; private set; } = [];

    /// <summary>Name and contact of a named reporter, under the identity key (split between the sides).</summary>
    public byte[]? Identity { get; private set; }

    public byte[] ReceiptLookup { get; private set; } = [];

    public byte[] ReceiptSalt { get; private set; } = [];

    public byte[] ReceiptVerifier { get; private set; } = [];

    /// <summary>The content key wrapped under the key only the receipt yields.</summary>
    public byte[] ReceiptKey { get; private set; } = [];

    /// <summary>The next message's place in the conversation (messages keep only their day).</summary>
    public int NextSequence { get; private set; }

    public bool IsDirective => ConcernDeadlines.IsDirective(Category);

    public void Seal(byte[] content, byte[]? identity) => (Content, Identity) = (content, identity);

    public void SetReceipt(byte[] lookup, byte[] salt, byte[] verifier, byte[] wrappedKey)
        => (ReceiptLookup, ReceiptSalt, ReceiptVerifier, ReceiptKey) = (lookup, salt, verifier, wrappedKey);

    public int TakeSequence() => NextSequence++;

    public void Acknowledge(DateOnly today, ConcernTerms terms)
    {
        if (Status != ConcernStatus.New)
        {
            return;
        }

        Status = ConcernStatus.Acknowledged;
        AcknowledgedOn = today;
        Schedule(terms);
    }

    public void StartWork(DateOnly today, ConcernTerms terms)
    {
        Acknowledge(today, terms);
        if (Status == ConcernStatus.Acknowledged)
        {
            Status = ConcernStatus.InProgress;
        }
    }

    /// <summary>A message the reporter can read is the feedback the deadlines ask for.</summary>
    public void Answered(DateOnly today, ConcernTerms terms)
    {
        Acknowledge(today, terms);
        AnsweredOn ??= today;
        if (Status is ConcernStatus.Acknowledged or ConcernStatus.InProgress)
        {
            Status = ConcernStatus.Answered;
        }
    }

    public void Close(ConcernOutcome outcome, DateOnly today)
    {
        Status = ConcernStatus.Closed;
        Outcome = outcome;
        ClosedOn = today;
    }

    public void Assign(Side? side) => AssignedSide = side;

    /// <summary>One way: once the reporter gives their name it stays given.</summary>
    public void DiscloseIdentity(byte[] identity)
    {
        Identity = identity;
        Reporter = ReporterChoice.Named;
        IdentityDisclosedLater = true;
    }

    public bool AcknowledgementOverdue(DateOnly today) => Status == ConcernStatus.New && today > AcknowledgementDueOn;

    public bool FeedbackOverdue(DateOnly today) => AnsweredOn is null && Status != ConcernStatus.Closed && today > FeedbackDueOn;

    private void Schedule(ConcernTerms terms)
    {
        AcknowledgementDueOn = ConcernDeadlines.AcknowledgementDue(ReceivedOn, terms);
        FeedbackDueOn = ConcernDeadlines.FeedbackDue(Category, ReceivedOn, AcknowledgedOn, terms);
    }
}
