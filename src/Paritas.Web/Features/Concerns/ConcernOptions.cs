using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Concerns;

public sealed class ConcernOptions
{
    public const string Section = "Concerns";

    /// <summary>
    /// The receipt pepper as base64 (at least 32 bytes). When empty it is read from
    /// <see cref="PepperFile"/>, which is created on first use. Either way it lives outside the
    /// database and its backups (ADR 0011): without it a stolen database cannot test receipts.
    /// </summary>
    public string? ReceiptPepper { get; init; }

    public string PepperFile { get; init; } = "data/keys/concern-pepper.key";

    /// <summary>Argon2id memory for receipts and committee passphrases (KiB); OWASP's floor is 19 MiB.</summary>
    [Range(1024, 1048576)]
    public int ArgonMemoryKiB { get; init; } = 19456;

    /// <summary>Concerns one browser session may raise per hour.</summary>
    [Range(1, 1000)]
    public int SubmissionsPerHour { get; init; } = 5;

    /// <summary>Wrong receipts across all sessions within ten minutes before everyone waits longer.</summary>
    [Range(1, 100000)]
    public int GlobalWrongReceiptsBeforeSlowdown { get; init; } = 50;

    [Range(1, 20)]
    public int MaxPhotos { get; init; } = 3;

    [Range(100_000, 20_000_000)]
    public long MaxPhotoBytes { get; init; } = 8_000_000;

    /// <summary>Off in tests, which run the daily work themselves on the test clock's day.</summary>
    public bool DailyJobEnabled { get; init; } = true;

    [Range(0, 23)]
    public int DailyJobHourUtc { get; init; } = 6;

    /// <summary>Days before a deadline (or before deletion) the committee is reminded.</summary>
    [Range(1, 30)]
    public int ReminderDays { get; init; } = 2;
}
