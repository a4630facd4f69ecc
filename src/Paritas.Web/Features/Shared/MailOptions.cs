using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Shared;

public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required, EmailAddress]
    public string From { get; init; } = "paritas@localhost";

    /// <summary>Where mails are written as .eml files when no SMTP host is set.</summary>
    public string PickupDirectory { get; init; } = "data/mail";

    public string? SmtpHost { get; init; }

    [Range(1, 65535)]
    public int SmtpPort { get; init; } = 587;

    public string? SmtpUser { get; init; }

    public string? SmtpPassword { get; init; }

    public bool SmtpStartTls { get; init; } = true;
}
