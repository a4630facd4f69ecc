namespace Paritas.Statistics.Disclosure;

/// <summary>
/// Finds which unknowns the released cells pin down. An unknown is determined exactly when
/// every solution of the homogeneous relations (restricted to the unknowns) is zero there,
/// so one random solution answers the question for all unknowns at once: a zero in it
/// means determined, except with probability 1/p per unknown, and that error only
/// over-suppresses. Sparse elimination over GF(p), p = 2^61 − 1, keeps the numbers exact
/// and small (rank over GF(p) could only fall short of rank over the rationals if p divided
/// a minor of the 0/±1 relation matrix); eliminating deep units first keeps the fill-in
/// inside subtrees.
/// </summary>
internal static class KernelProbe
{
    private const ulong Prime = (1UL << 61) - 1;

    public static ulong[] RandomSolution(AdditivityModel model, bool[] unknown, int[] eliminationOrder, ulong seed)
    {
        var rows = new List<Row>();
        var occurrences = new List<int>?[model.VariableCount];
        var buffer = new List<int>();
        for (var r = 0; r < model.Relations.Length; r++)
        {
            var variables = model.Relations[r];
            buffer.Clear();
            for (var i = 0; i < variables.Length; i++)
            {
                if (unknown[variables[i]])
                {
                    buffer.Add(i);
                }
            }

            if (buffer.Count == 0)
            {
                continue;
            }

            var row = new Row(new int[buffer.Count], new ulong[buffer.Count]);
            for (var i = 0; i < buffer.Count; i++)
            {
                var v = variables[buffer[i]];
                row.Variables[i] = v;
                row.Values[i] = model.Coefficients[r][buffer[i]] > 0 ? 1UL : Prime - 1;
                (occurrences[v] ??= []).Add(rows.Count);
            }

            rows.Add(row);
        }

        var pivots = new List<(int Variable, Row Row)>();
        var lastTouched = new int[rows.Count];
        Array.Fill(lastTouched, -1);
        foreach (var v in eliminationOrder)
        {
            var candidates = occurrences[v];
            if (candidates is null)
            {
                continue;
            }

            Row? pivot = null;
            foreach (var id in candidates)
            {
                var row = rows[id];
                if (row.Active && row.IndexOf(v) >= 0 && (pivot is null || row.Variables.Length < pivot.Variables.Length))
                {
                    pivot = row;
                }
            }

            if (pivot is null)
            {
                continue;
            }

            pivot.Active = false;
            pivots.Add((v, pivot));
            var inverse = Inverse(pivot.Values[pivot.IndexOf(v)]);
            foreach (var id in candidates)
            {
                var row = rows[id];
                var at = row.IndexOf(v);
                if (!row.Active || at < 0 || lastTouched[id] == v)
                {
                    continue;
                }

                lastTouched[id] = v;
                var added = row.Subtract(pivot, Multiply(row.Values[at], inverse));
                foreach (var w in added)
                {
                    (occurrences[w] ??= []).Add(id);
                }
            }

            occurrences[v] = null;
        }

        var values = new ulong[model.VariableCount];
        var pivotOf = new bool[model.VariableCount];
        foreach (var (variable, _) in pivots)
        {
            pivotOf[variable] = true;
        }

        var state = seed;
        for (var v = 0; v < values.Length; v++)
        {
            if (unknown[v] && !pivotOf[v])
            {
                values[v] = 1 + SplitMix(ref state) % (Prime - 1);
            }
        }

        // A pivot row holds only variables eliminated after its pivot, so solve from the last pivot back.
        for (var i = pivots.Count - 1; i >= 0; i--)
        {
            var (variable, row) = pivots[i];
            ulong sum = 0;
            ulong own = 0;
            for (var k = 0; k < row.Variables.Length; k++)
            {
                if (row.Variables[k] == variable)
                {
                    own = row.Values[k];
                }
                else
                {
                    sum = Add(sum, Multiply(row.Values[k], values[row.Variables[k]]));
                }
            }

            values[variable] = Multiply(sum == 0 ? 0 : Prime - sum, Inverse(own));
        }

        return values;
    }

    private static ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= Prime ? s - Prime : s;
    }

    private static ulong Multiply(ulong a, ulong b)
    {
        // Mersenne reduction: 2^61 ≡ 1 (mod p), so the high bits fold onto the low ones.
        var high = Math.BigMul(a, b, out var low);
        var folded = (low & Prime) + ((high << 3) | (low >> 61));
        return folded >= Prime ? folded - Prime : folded;
    }

    private static ulong Inverse(ulong a)
    {
        if (a is 1 or Prime - 1)
        {
            return a;
        }

        // Fermat: a^(p−2) is a's inverse modulo a prime.
        ulong result = 1;
        var exponent = Prime - 2;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = Multiply(result, a);
            }

            a = Multiply(a, a);
            exponent >>= 1;
        }

        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed class Row(int[] variables, ulong[] values)
    {
        public int[] Variables { get; private set; } = variables;

        public ulong[] Values { get; private set; } = values;

        public bool Active { get; set; } = true;

        public int IndexOf(int variable) => Array.BinarySearch(Variables, variable);

        /// <summary>This row minus factor × other; returns the variables that are new to this row.</summary>
        public List<int> Subtract(Row other, ulong factor)
        {
            var added = new List<int>();
            var variables = new List<int>(Variables.Length + other.Variables.Length);
            var values = new List<ulong>(variables.Capacity);
            int i = 0, j = 0;
            while (i < Variables.Length || j < other.Variables.Length)
            {
                var takeMine = j >= other.Variables.Length || (i < Variables.Length && Variables[i] < other.Variables[j]);
                var takeTheirs = i >= Variables.Length || (j < other.Variables.Length && other.Variables[j] < Variables[i]);
                if (takeMine)
                {
                    variables.Add(Variables[i]);
                    values.Add(Values[i++]);
                    continue;
                }

                var theirs = Multiply(factor, other.Values[j]);
                var negated = theirs == 0 ? 0 : Prime - theirs;
                if (takeTheirs)
                {
                    if (negated != 0)
                    {
                        variables.Add(other.Variables[j]);
                        values.Add(negated);
                        added.Add(other.Variables[j]);
                    }

                    j++;
                    continue;
                }

                var value = Add(Values[i], negated);
                if (value != 0)
                {
                    variables.Add(Variables[i]);
                    values.Add(value);
                }

                i++;
                j++;
            }

            Variables = [.. variables];
            Values = [.. values];
            return added;
        }
    }
}
