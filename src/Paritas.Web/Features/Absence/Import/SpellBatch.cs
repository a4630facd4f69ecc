namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// A block of parsed spell rows handed from the thread that reads the spells file to the one that
/// aggregates. Reused over and over, so the import allocates nothing per row and holds only a few
/// blocks at a time, however long the file. The employee identifiers sit in <see cref="Ids"/>
/// only until the block is aggregated and reused.
/// </summary>
internal sealed class SpellBatch
{
    public const int Capacity = 4096;

    public ParsedSpell[] Rows { get; } = new ParsedSpell[Capacity];

    public char[] Ids { get; private set; } = new char[Capacity * 16];

    public int Count { get; set; }

    public int IdLength { get; set; }

    public bool IsFull => Count == Capacity;

    /// <summary>Whether <see cref="ParsedSpell.Employee"/> is set (by <see cref="EmployeeIndex.Resolve"/>).</summary>
    public bool Resolved { get; set; }

    public ReadOnlySpan<char> Id(in ParsedSpell spell) => Ids.AsSpan(spell.IdStart, spell.IdLength);

    /// <summary>Copies an identifier in; returns where it starts.</summary>
    public int AddId(ReadOnlySpan<char> id)
    {
        if (IdLength + id.Length > Ids.Length)
        {
            var larger = new char[Math.Max(Ids.Length * 2, IdLength + id.Length)];
            Ids.AsSpan(0, IdLength).CopyTo(larger);
            Ids = larger;
        }

        id.CopyTo(Ids.AsSpan(IdLength));
        var start = IdLength;
        IdLength += id.Length;
        return start;
    }

    public void Clear()
    {
        Count = 0;
        IdLength = 0;
        Resolved = false;
    }
}

/// <summary>One spell row as read: either its parsed values or the problem that stops it (a file problem when <see cref="FileProblem"/>).</summary>
internal struct ParsedSpell
{
    public long Row;
    public int Unit;
    public int From;
    public int To;
    public int IdStart;
    public int IdLength;

    // The employee's number once resolved, −1 if unknown.
    public int Employee;
    public double Degree;
    public AbsenceCause Cause;
    public ImportProblemReason? Problem;
    public string Column;
    public bool FileProblem;
}
