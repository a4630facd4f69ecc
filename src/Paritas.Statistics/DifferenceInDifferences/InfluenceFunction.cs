namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>
/// The pieces of did's analytic inference (get_agg_inf_func, wif, getSE) for influence
/// functions stored as one vector over units per estimate.
/// </summary>
internal static class InfluenceFunction
{
    public static double StandardError(double[] influence)
    {
        var sum = 0.0;
        foreach (var value in influence)
        {
            sum += value * value;
        }

        return Math.Sqrt(sum) / influence.Length;
    }

    /// <summary>Σ_k weights_k · ψ_k.</summary>
    public static double[] Combine(IReadOnlyList<double[]> influences, IReadOnlyList<double> weights)
    {
        var result = new double[influences[0].Length];
        for (var k = 0; k < influences.Count; k++)
        {
            var weight = weights[k];
            var influence = influences[k];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += weight * influence[i];
            }
        }

        return result;
    }

    /// <summary>
    /// Adds did's wif(...) %*% att: the influence of estimating the cohort-share weights
    /// pg_k / Σ pg used to average the estimates <paramref name="atts"/>. Unit i contributes
    /// Σ_k att_k (1{G_i = g_k} − pg_k) / S − (Σ_k (1{G_i = g_k} − pg_k)) · Σ_k att_k pg_k / S²,
    /// S = Σ_k pg_k.
    /// </summary>
    public static void AddWeightEstimation(double[] influence, int[] cohorts, IReadOnlyList<int> indicatorGroups, IReadOnlyList<double> shares, IReadOnlyList<double> atts)
    {
        var total = 0.0;
        var weightedAtt = 0.0;
        var attByGroup = new Dictionary<int, (double Att, int Count)>();
        for (var k = 0; k < shares.Count; k++)
        {
            total += shares[k];
            weightedAtt += atts[k] * shares[k];
            attByGroup.TryGetValue(indicatorGroups[k], out var sums);
            attByGroup[indicatorGroups[k]] = (sums.Att + atts[k], sums.Count + 1);
        }

        for (var i = 0; i < influence.Length; i++)
        {
            attByGroup.TryGetValue(cohorts[i], out var own);
            var numerator = own.Att - weightedAtt;
            var denominator = own.Count - total;
            influence[i] += numerator / total - denominator * weightedAtt / (total * total);
        }
    }
}
