namespace Paritas.Web.Features.Organisations;

/// <summary>The rule for an organisation's short name, which appears in URLs and on the command line.</summary>
public static class OrganisationSlug
{
    public const int MinimumLength = 2;

    public const int MaximumLength = 60;

    /// <summary>2–60 lowercase letters, digits and hyphens; no hyphen at either end.</summary>
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$";
}
