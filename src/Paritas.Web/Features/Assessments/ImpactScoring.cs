namespace Paritas.Web.Features.Assessments;

/// <summary>
/// Turns one side's answers into a score and a level. The rules and the reasons for them are in
/// docs/adr/0007-impact-assessment-scoring.md; this is a pure function so both the pages, the API
/// and the reports give the same number.
/// </summary>
public static class ImpactScoring
{
    public const double LevelII = 0.25;
    public const double LevelIII = 0.50;
    public const double LevelIV = 0.75;

    public static ImpactScore Score(AssessmentInstrument instrument, IReadOnlyDictionary<string, string> answers)
    {
        var sections = new List<SectionScore>();
        foreach (var section in instrument.Sections)
        {
            int raw = 0, mitigation = 0, maximum = 0, answered = 0;
            foreach (var question in section.Questions)
            {
                var chosen = answers.TryGetValue(question.Key, out var key) ? question.Option(key) : null;
                if (chosen is not null)
                {
                    answered++;
                }

                if (question.Kind == QuestionKind.Impact)
                {
                    // Unanswered impact counts in the maximum, so a half-filled form never looks milder than it is.
                    maximum += question.MaximumWeight;
                    raw += chosen?.Weight ?? 0;
                }
                else
                {
                    mitigation += chosen?.Weight ?? 0;
                }
            }

            // Mitigation softens the impact of its own section only, and never below nothing.
            var taken = Math.Min(mitigation, raw);
            sections.Add(new SectionScore(section.Key, raw, taken, raw - taken, maximum, answered, section.Questions.Count));
        }

        var totalRaw = sections.Sum(s => s.Raw);
        var totalMitigation = sections.Sum(s => s.Mitigation);
        var net = totalRaw - totalMitigation;
        var max = sections.Sum(s => s.Maximum);
        var share = max == 0 ? 0 : (double)net / max;
        return new ImpactScore(totalRaw, totalMitigation, net, max, share, LevelOf(share), sections.Sum(s => s.Answered), sections.Sum(s => s.Questions), sections);
    }

    public static ImpactLevel LevelOf(double share) => share switch
    {
        >= LevelIV => ImpactLevel.IV,
        >= LevelIII => ImpactLevel.III,
        >= LevelII => ImpactLevel.II,
        _ => ImpactLevel.I,
    };
}
