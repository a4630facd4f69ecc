namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>
/// One outcome per unit and period, with each unit's cohort (first treated period, 0 for
/// never treated), after the sample rules of R's did::pre_process_did.
/// </summary>
internal sealed class BalancedPanel
{
    private readonly double[] outcomes;

    private BalancedPanel(int[] periods, int[] cohorts, double[] outcomes)
    {
        Periods = periods;
        Cohorts = cohorts;
        this.outcomes = outcomes;
    }

    public int[] Periods { get; }

    public int[] Cohorts { get; }

    public int UnitCount => Cohorts.Length;

    public double Outcome(int unit, int periodIndex) => outcomes[unit * Periods.Length + periodIndex];

    public static BalancedPanel Build(
        ReadOnlySpan<string> units,
        ReadOnlySpan<int> periods,
        ReadOnlySpan<double> outcomes,
        ReadOnlySpan<int> firstTreated,
        DidControlGroup control)
    {
        var rows = units.Length;
        if (periods.Length != rows || outcomes.Length != rows || firstTreated.Length != rows)
        {
            throw new AnalysisInputException("Units, periods, outcomes and first-treated periods must have one value per row.");
        }

        if (rows == 0)
        {
            throw new AnalysisInputException("The panel is empty.");
        }

        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var unitCohort = new List<int>();
        for (var i = 0; i < rows; i++)
        {
            if (!double.IsFinite(outcomes[i]))
            {
                throw new AnalysisInputException($"The outcome in row {i + 1} is missing or not finite.");
            }

            if (firstTreated[i] < 0)
            {
                throw new AnalysisInputException($"The first-treated period in row {i + 1} is negative; use 0 for never treated.");
            }

            if (unitIndex.TryGetValue(units[i], out var unit))
            {
                if (unitCohort[unit] != firstTreated[i])
                {
                    throw new AnalysisInputException($"The first-treated period changes within a unit (row {i + 1}); it must be the same in every period.");
                }
            }
            else
            {
                unitIndex.Add(units[i], unitCohort.Count);
                unitCohort.Add(firstTreated[i]);
            }
        }

        var allPeriods = periods.ToArray().Distinct().Order().ToArray();
        var periodIndex = allPeriods.Select((p, k) => (p, k)).ToDictionary(x => x.p, x => x.k);
        var unitCount = unitCohort.Count;
        var values = new double[unitCount * allPeriods.Length];
        var seen = new bool[values.Length];
        for (var i = 0; i < rows; i++)
        {
            var cell = unitIndex[units[i]] * allPeriods.Length + periodIndex[periods[i]];
            if (seen[cell])
            {
                throw new AnalysisInputException($"Row {i + 1} repeats a unit and period already seen; the panel needs one row per unit and period.");
            }

            seen[cell] = true;
            values[cell] = outcomes[i];
        }

        if (seen.Contains(false))
        {
            throw new AnalysisInputException("The panel is unbalanced: every unit needs a row for every period.");
        }

        // did treats a go-live after the last observed period as never treated.
        var lastPeriod = allPeriods[^1];
        var cohorts = unitCohort.Select(g => g > lastPeriod ? 0 : g).ToArray();

        var keptPeriods = Enumerable.Range(0, allPeriods.Length).ToArray();
        if (!cohorts.Contains(0))
        {
            if (control == DidControlGroup.NeverTreated)
            {
                throw new AnalysisInputException("There are no never-treated units; use the not-yet-treated comparison group instead.");
            }

            // Without never-treated units the last cohort can only serve as a comparison, so
            // only periods before its go-live are usable (as did does).
            var lastCohort = cohorts.Max();
            keptPeriods = keptPeriods.Where(k => allPeriods[k] < lastCohort).ToArray();
        }

        if (keptPeriods.Length < 2)
        {
            throw new AnalysisInputException($"The panel has {keptPeriods.Length} usable period(s); at least two are needed.");
        }

        // Units treated in the first period or before have no pre-period and are dropped.
        var firstPeriod = allPeriods[keptPeriods[0]];
        var keptUnits = Enumerable.Range(0, unitCount).Where(u => cohorts[u] == 0 || cohorts[u] > firstPeriod).ToArray();
        var panelPeriods = keptPeriods.Select(k => allPeriods[k]).ToArray();
        var panelValues = new double[keptUnits.Length * keptPeriods.Length];
        for (var u = 0; u < keptUnits.Length; u++)
        {
            for (var k = 0; k < keptPeriods.Length; k++)
            {
                panelValues[u * keptPeriods.Length + k] = values[keptUnits[u] * allPeriods.Length + keptPeriods[k]];
            }
        }

        var panel = new BalancedPanel(panelPeriods, keptUnits.Select(u => cohorts[u]).ToArray(), panelValues);
        if (control == DidControlGroup.NeverTreated && panel.Cohorts.Count(g => g == 0) < MinimumNeverTreated)
        {
            throw new AnalysisInputException($"Fewer than {MinimumNeverTreated} never-treated units; use the not-yet-treated comparison group instead.");
        }

        return panel;
    }

    // did refuses a never-treated comparison group smaller than this (5 + number of covariates).
    private const int MinimumNeverTreated = 5;
}
