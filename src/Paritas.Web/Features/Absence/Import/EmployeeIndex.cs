namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Employee identifier → dense number (0, 1, 2, …), for the length of one import only.
/// An open-addressing table of (hash, number) pairs over one character arena: a look-up touches
/// one slot and one run of characters, where a Dictionary of strings touches a bucket, an entry
/// and a string object — and with millions of spell rows for hundreds of thousands of people,
/// those cache misses were most of the import's time. The randomised string hash keeps similar
/// identifiers ("E00012345", "E00012346") from clustering.
/// </summary>
internal sealed class EmployeeIndex
{
    private long[] slots = new long[1024];
    private char[] arena = new char[16 * 1024];
    private int[] starts = new int[512];
    private int used;

    public int Count { get; private set; }

    public bool TryGet(ReadOnlySpan<char> id, out int employee)
    {
        employee = Find(id, string.GetHashCode(id));
        return employee >= 0;
    }

    private int Find(ReadOnlySpan<char> id, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            var employee = (int)slot - 1;
            if ((int)(slot >> 32) == hash && Id(employee).SequenceEqual(id))
            {
                return employee;
            }
        }
    }

    /// <summary>
    /// Sets <see cref="ParsedSpell.Employee"/> of every good row of a batch (−1 for an unknown
    /// identifier). Hashes and touches every row's slot first, then compares: the first pass's
    /// loads are independent of each other, so the processor overlaps their cache misses instead
    /// of waiting for each in turn. Safe to call from another thread once nothing is added any more.
    /// </summary>
    public void Resolve(SpellBatch batch)
    {
        var rows = batch.Rows.AsSpan(0, batch.Count);
        var mask = slots.Length - 1;
        long touched = 0;
        foreach (ref var s in rows)
        {
            if (s.Problem is null)
            {
                s.Employee = string.GetHashCode(batch.Id(s));
                touched |= slots[s.Employee & mask];
            }
        }

        foreach (ref var s in rows)
        {
            if (s.Problem is null)
            {
                s.Employee = Find(batch.Id(s), s.Employee);
            }
        }

        GC.KeepAlive(touched);
        batch.Resolved = true;
    }

    public int GetOrAdd(ReadOnlySpan<char> id)
    {
        if (TryGet(id, out var employee))
        {
            return employee;
        }

        if ((Count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        employee = Count++;
        if (Count >= starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
        }

        if (used + id.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, used + id.Length));
        }

        id.CopyTo(arena.AsSpan(used));
        starts[employee] = used;
        used += id.Length;
        starts[Count] = used;
        Place(string.GetHashCode(id), employee);
        return employee;
    }

    private ReadOnlySpan<char> Id(int employee) => arena.AsSpan(starts[employee], starts[employee + 1] - starts[employee]);

    private void Place(int hash, int employee)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = ((long)hash << 32) | (uint)(employee + 1);
    }

    private void Grow()
    {
        var old = slots;
        slots = new long[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot != 0)
            {
                Place((int)(slot >> 32), (int)slot - 1);
            }
        }
    }
}
