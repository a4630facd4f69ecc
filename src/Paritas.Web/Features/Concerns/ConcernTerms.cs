namespace Paritas.Web.Features.Concerns;

/// <summary>
/// The deadlines an organisation's agreements set, within the law's outer limits: acknowledgement
/// within 7 days and feedback within 3 months of it (Directive 2019/1937, Art. 9(1)(b) and (f)).
/// </summary>
public sealed record ConcernTerms(int AcknowledgementDays, int NonDirectiveFeedbackDays, int? DirectiveFeedbackDays)
{
    public static readonly ConcernTerms Default = new(ConcernDeadlines.AcknowledgementDays, 14, null);
}
