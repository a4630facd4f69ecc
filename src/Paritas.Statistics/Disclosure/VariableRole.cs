namespace Paritas.Statistics.Disclosure;

/// <summary>What a variable of the additivity system is to the guard and to the attacker.</summary>
internal enum VariableRole
{
    /// <summary>A remainder that cannot occur (a leaf has no own-members remainder; no dimension, no unknown group).</summary>
    Absent,

    /// <summary>A cell that is published, released or hidden.</summary>
    Published,

    /// <summary>An empty remainder: assumed known to the attacker, because an empty unit or group often is.</summary>
    KnownZero,

    /// <summary>A remainder of K or more people: never published, never needs protection.</summary>
    FreeRemainder,

    /// <summary>A remainder of 1 to K − 1 people (or nearly all with the trait): never published and must stay undetermined.</summary>
    SensitiveRemainder,
}
