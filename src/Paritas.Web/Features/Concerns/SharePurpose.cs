namespace Paritas.Web.Features.Concerns;

/// <summary>What a sealed share opens.</summary>
public enum SharePurpose
{
    /// <summary>The concern's content key.</summary>
    Content,

    /// <summary>The employer side's half of the identity key (custodians of that side).</summary>
    IdentityEmployerHalf,

    /// <summary>The workers' side's half of the identity key.</summary>
    IdentityWorkersHalf,

    /// <summary>A half one side released by approving, sealed to the other side's custodians.</summary>
    IdentityReleasedHalf,
}
