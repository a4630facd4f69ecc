namespace Paritas.Web.Features.Audit;

public enum AuditBreakReason
{
    /// <summary>A row with this sequence number is missing (removed).</summary>
    Missing,

    /// <summary>The row does not point to the row before it.</summary>
    PreviousHashMismatch,

    /// <summary>The row's content no longer matches its hash.</summary>
    Altered,
}

/// <param name="Sequence">The first row where the chain breaks.</param>
/// <param name="VerifiedRows">How many rows before it verified.</param>
public sealed record AuditBreak(long Sequence, AuditBreakReason Reason, long VerifiedRows);
