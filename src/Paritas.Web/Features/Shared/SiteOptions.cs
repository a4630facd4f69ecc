using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Shared;

public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// Where people reach Paritas, e.g. https://paritas.example.org. Links in mails, letters, posters
    /// and feeds are built from it, never from the request's Host header (which a client chooses).
    /// Unset only in development and tests.
    /// </summary>
    [Url]
    public string? Address { get; init; }
}
