using System.Numerics;

namespace Paritas.UnitTests.Disclosure;

/// <summary>
/// The span of known linear facts, in exact integer arithmetic: a value is recoverable
/// exactly when its coefficient vector lies in this span. Kept in echelon form so a
/// membership test is one reduction.
/// </summary>
public sealed class ExactRowSpace(int dimension)
{
    private readonly List<(int Pivot, BigInteger[] Row)> basis = [];

    public int Rank => basis.Count;

    public void Add(IReadOnlyList<int> coefficients)
    {
        var row = Reduce(coefficients);
        var pivot = Array.FindIndex(row, x => !x.IsZero);
        if (pivot < 0)
        {
            return;
        }

        // Clear the new pivot from the rows already there, so every row stays reduced against all others.
        for (var i = 0; i < basis.Count; i++)
        {
            var (p, other) = basis[i];
            if (!other[pivot].IsZero)
            {
                basis[i] = (p, Normalise(Combine(other, row, pivot)));
            }
        }

        basis.Add((pivot, row));
    }

    public bool Contains(IReadOnlyList<int> coefficients) => Reduce(coefficients).All(x => x.IsZero);

    private BigInteger[] Reduce(IReadOnlyList<int> coefficients)
    {
        if (coefficients.Count != dimension)
        {
            throw new ArgumentException("Wrong dimension.", nameof(coefficients));
        }

        var row = coefficients.Select(c => new BigInteger(c)).ToArray();
        foreach (var (pivot, other) in basis)
        {
            if (!row[pivot].IsZero)
            {
                row = Combine(row, other, pivot);
            }
        }

        return Normalise(row);
    }

    /// <summary>row·other[p] − other·row[p]: an integer combination in which column p vanishes.</summary>
    private static BigInteger[] Combine(BigInteger[] row, BigInteger[] other, int p)
    {
        var (a, b) = (other[p], row[p]);
        return [.. row.Select((x, i) => x * a - other[i] * b)];
    }

    private static BigInteger[] Normalise(BigInteger[] row)
    {
        var gcd = row.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        return gcd.IsZero || gcd.IsOne ? row : [.. row.Select(x => x / gcd)];
    }
}
