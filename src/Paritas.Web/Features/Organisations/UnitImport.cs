using System.Text;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// The unit tree from a CSV file (code, name, parent_code, sector, headcount). <see cref="Plan"/>
/// reads and checks the whole file without touching the database; only a plan without problems
/// may be applied, in one SaveChanges, so a file is taken whole or not at all.
/// </summary>
public static class UnitImport
{
    public const int MaximumBytes = 2 * 1024 * 1024;

    /// <summary>A report longer than this helps nobody; the rest are counted.</summary>
    public const int ReportedProblems = 100;

    public const string Code = "code";
    public const string Name = "name";
    public const string ParentCode = "parent_code";
    public const string SectorColumn = "sector";
    public const string Headcount = "headcount";

    public static IReadOnlyList<string> Columns { get; } = [Code, Name, ParentCode, SectorColumn, Headcount];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Part of .NET's code-page provider, which is in the shared framework; no registration needed.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static UnitImportPlan Plan(ReadOnlySpan<byte> bytes, IReadOnlyList<ExistingUnit> existing)
    {
        if (bytes.Length > MaximumBytes)
        {
            return UnitImportPlan.Refused(new UnitImportProblem(null, null, "The file is larger than 2 MB."));
        }

        var text = Decode(bytes);
        if (text is null)
        {
            return UnitImportPlan.Refused(new UnitImportProblem(null, null, "The file says it is Unicode text but is not. Save it again as CSV (UTF-8) and upload that."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return UnitImportPlan.Refused(new UnitImportProblem(null, null, "The file is empty."));
        }

        // Spreadsheets, archives and images are full of control characters; a CSV file has none but tabs and line ends.
        if (text.Any(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n'))
        {
            return UnitImportPlan.Refused(new UnitImportProblem(null, null, "This is not a CSV file. If it is a spreadsheet, save it as CSV (comma, semicolon or tab separated) and upload that."));
        }

        var lines = ReadLines(text, out var problems);
        if (lines.Count == 0 && problems.Count == 0)
        {
            return UnitImportPlan.Refused(new UnitImportProblem(null, null, "The file has a header but no units."));
        }

        return Check(lines, existing, problems);
    }

    /// <summary>
    /// Applies a plan without problems. Rows come parents first, so every parent exists (or is being
    /// added in the same SaveChanges) before its children point at it.
    /// </summary>
    public static async Task ApplyAsync(AppDbContext db, UnitImportPlan plan, Guid organisationId, Guid? byUserId, CancellationToken ct)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("A plan with problems cannot be applied.");
        }

        var idByCode = await db.Units.Select(u => new { u.Code, u.Id }).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var codeById = idByCode.ToDictionary(p => p.Value, p => p.Key);
        var changedIds = plan.Rows.Where(r => r.Change == UnitImportChange.Updated).Select(r => r.Existing!.Id).ToList();
        var tracked = await db.Units.Where(u => changedIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);

        foreach (var row in plan.Rows)
        {
            Guid? parentId = row.ParentCode is { } p ? idByCode[p] : null;
            if (row.Change == UnitImportChange.Created)
            {
                var unit = new Unit(organisationId, row.Code, row.Name, row.Sector, row.Headcount, parentId);
                db.Units.Add(unit);
                db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Imported, byUserId, null, UnitHistoryDetails.Created));
                idByCode[row.Code] = unit.Id;
            }
            else if (row.Change == UnitImportChange.Updated)
            {
                var unit = tracked[row.Existing!.Id];
                // The plan was made from this version; if someone changed the unit since, SaveChanges refuses.
                db.Entry(unit).Property(u => u.Version).OriginalValue = row.Existing.Version;
                var details = new List<string>();
                if (unit.Name != row.Name || unit.Sector != row.Sector || unit.Headcount != row.Headcount)
                {
                    unit.Update(row.Name, row.Sector, row.Headcount);
                    details.Add(UnitHistoryDetails.Updated);
                }

                string? previousParentCode = null;
                if (unit.ParentId != parentId)
                {
                    previousParentCode = unit.ParentId is { } old && codeById.TryGetValue(old, out var code) ? code : null;
                    unit.MoveTo(parentId);
                    details.Add(UnitHistoryDetails.Moved);
                }

                db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Imported, byUserId, previousParentCode, string.Join(',', details)));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record Line(int Number, string Code, string? CodeProblem, string Name, string? NameProblem, string? ParentCode, Sector? Sector, int? Headcount);

    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> utf8Bom = [0xEF, 0xBB, 0xBF];
        ReadOnlySpan<byte> utf16LeBom = [0xFF, 0xFE];
        ReadOnlySpan<byte> utf16BeBom = [0xFE, 0xFF];
        if (bytes.StartsWith(utf8Bom))
        {
            return Strict(StrictUtf8, bytes[3..]);
        }

        // Excel's "Unicode text" is UTF-16 with a byte-order mark.
        if (bytes.StartsWith(utf16LeBom))
        {
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        }

        if (bytes.StartsWith(utf16BeBom))
        {
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        }

        // Without a mark: UTF-8 if the bytes are valid UTF-8 (they almost never are by accident),
        // otherwise the Windows code page that older Nordic and Western European exports use.
        return Strict(StrictUtf8, bytes) ?? Windows1252.GetString(bytes);
    }

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The delimiter is the one of comma, semicolon and tab that the header uses most.</summary>
    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        char[] candidates = [',', ';', '\t'];
        var best = candidates.MaxBy(c => header.Count(x => x == c));
        return header.Contains(best, StringComparison.Ordinal) ? best : ',';
    }

    private static List<Line> ReadLines(string text, out List<UnitImportProblem> problems)
    {
        problems = [];
        var lines = new List<Line>();
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = DetectDelimiter(text),
            // The default comment mark '#' would silently skip a unit whose code starts with '#'.
            Comment = '\0',
            MaxBufferSize = MaximumBytes * 2,
        };

        using var reader = CsvDataReader.Create(new StringReader(text.TrimStart('\uFEFF')), options);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = NormaliseHeader(reader.GetName(i));
            if (Columns.FirstOrDefault(c => string.Equals(Compact(c), name, StringComparison.OrdinalIgnoreCase)) is not { } column)
            {
                continue;
            }

            if (!ordinals.TryAdd(column, i))
            {
                problems.Add(new UnitImportProblem(1, column, "The column appears more than once in the header."));
            }
        }

        foreach (var column in Columns.Where(c => !ordinals.ContainsKey(c)))
        {
            problems.Add(new UnitImportProblem(1, column, "The column is missing from the header (the first line)."));
        }

        if (problems.Count > 0)
        {
            return lines;
        }

        try
        {
            while (reader.Read())
            {
                var number = reader.RowNumber + 1;
                var fields = Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToList();
                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                // Spreadsheets often pad short rows with empty fields at the end; those are harmless.
                var used = fields.Count;
                while (used > reader.FieldCount && string.IsNullOrWhiteSpace(fields[used - 1]))
                {
                    used--;
                }

                if (used != reader.FieldCount)
                {
                    problems.Add(new UnitImportProblem(number, null, "This line has {0} fields but the header has {1}.", [used, reader.FieldCount]));
                    continue;
                }

                lines.Add(ReadLine(number, column => fields[ordinals[column]], problems));
            }
        }
        catch (CsvRecordTooLargeException e)
        {
            problems.Add(new UnitImportProblem(e.RowNumber + 1, null, "This line is too long to be a unit. Nothing after it was read."));
        }
        catch (CsvFormatException e)
        {
            problems.Add(new UnitImportProblem(e.RowNumber + 1, null, "This line could not be read: a quotation mark is not closed, or text follows a closing quotation mark. Nothing after it was read."));
        }

        return lines;
    }

    // "Parent code", "parent-code" and "ParentCode" all mean parent_code: people retype headers.
    private static string NormaliseHeader(string name) => Compact(name.Trim().Trim('"'));

    private static string Compact(string name)
        => string.Concat(name.Where(c => c is not (' ' or '_' or '-')));

    private static Line ReadLine(int number, Func<string, string> field, List<UnitImportProblem> problems)
    {
        var code = UnitFields.Clean(field(Code));
        var codeProblem = UnitFields.CodeProblem(code);
        if (codeProblem is not null)
        {
            problems.Add(new UnitImportProblem(number, Code, codeProblem));
        }

        var name = UnitFields.Clean(field(Name));
        var nameProblem = UnitFields.NameProblem(name);
        if (nameProblem is not null)
        {
            problems.Add(new UnitImportProblem(number, Name, nameProblem));
        }

        var parentCode = UnitFields.Clean(field(ParentCode));
        if (parentCode is not null && UnitFields.CodeProblem(parentCode) is not null)
        {
            problems.Add(new UnitImportProblem(number, ParentCode, "The parent code is not a valid code: it is too long or contains control characters."));
            parentCode = null;
        }

        Sector? sector = null;
        if (SectorNames.TryParse(field(SectorColumn), out var s))
        {
            sector = s;
        }
        else
        {
            problems.Add(new UnitImportProblem(number, SectorColumn, UnitFields.UnknownSectorMessage, [SectorNames.CodeList]));
        }

        int? headcount = null;
        if (UnitFields.TryParseHeadcount(field(Headcount), out var h))
        {
            headcount = h;
        }
        else
        {
            problems.Add(new UnitImportProblem(number, Headcount, "The headcount must be a whole number from 0 to 1,000,000."));
        }

        return new Line(number, code ?? "", codeProblem, name ?? "", nameProblem, parentCode, sector, headcount);
    }

    /// <summary>Adds what only the whole file shows (duplicates, parents, cycles) to the problems the lines had.</summary>
    private static UnitImportPlan Check(List<Line> lines, IReadOnlyList<ExistingUnit> existing, List<UnitImportProblem> problems)
    {
        var byCode = new Dictionary<string, Line>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.CodeProblem is null))
        {
            if (!byCode.TryAdd(line.Code, line))
            {
                problems.Add(new UnitImportProblem(line.Number, Code, "This code is also on line {0}: each unit may appear only once.", [byCode[line.Code].Number]));
            }
        }

        var existingByCode = existing.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var codeById = existing.ToDictionary(e => e.Id, e => e.Code);

        // Where each unit will hang once the file is applied: the file's word for its own units, the database's for the rest.
        string? FinalParent(string code)
            => byCode.TryGetValue(code, out var l) ? l.ParentCode
               : existingByCode.TryGetValue(code, out var e) && e.ParentId is { } pid ? codeById.GetValueOrDefault(pid) : null;

        foreach (var line in byCode.Values.Where(l => l.ParentCode is not null))
        {
            var parent = line.ParentCode!;
            if (parent == line.Code)
            {
                problems.Add(new UnitImportProblem(line.Number, ParentCode, "A unit cannot be its own parent."));
            }
            // A closed unit may stay under a closed parent (as a downloaded file will say); an open one may not.
            else if (existingByCode.TryGetValue(parent, out var e) && !e.IsOpen
                     && !(existingByCode.TryGetValue(line.Code, out var self) && !self.IsOpen))
            {
                problems.Add(new UnitImportProblem(line.Number, ParentCode, "The parent unit is closed. Reopen it first, or choose an open unit."));
            }
            else if (!byCode.ContainsKey(parent) && !existingByCode.ContainsKey(parent))
            {
                problems.Add(new UnitImportProblem(line.Number, ParentCode, "No unit has this parent code, in the file or in your organisation."));
            }
            else if (LeadsBackTo(line.Code, FinalParent, byCode.Count + existingByCode.Count))
            {
                problems.Add(new UnitImportProblem(line.Number, ParentCode, "The parent codes go round in a circle: this unit would end up under itself."));
            }
        }

        if (problems.Count > 0)
        {
            return new UnitImportPlan([], [.. problems.OrderBy(p => p.Line)]);
        }

        int Depth(Line line)
        {
            var depth = 0;
            for (var p = line.ParentCode; p is not null && byCode.TryGetValue(p, out var parent); p = parent.ParentCode)
            {
                depth++;
            }

            return depth;
        }

        var rows = byCode.Values
            .OrderBy(Depth).ThenBy(l => l.Number)
            .Select(l => Row(l, existingByCode.GetValueOrDefault(l.Code), codeById))
            .ToList();
        return new UnitImportPlan(rows, []);
    }

    private static bool LeadsBackTo(string code, Func<string, string?> parentOf, int limit)
    {
        var current = parentOf(code);
        for (var steps = 0; current is not null && steps <= limit; steps++)
        {
            if (current == code)
            {
                return true;
            }

            current = parentOf(current);
        }

        return false;
    }

    private static UnitImportRow Row(Line line, ExistingUnit? existing, Dictionary<Guid, string> codeById)
    {
        var change = existing switch
        {
            null => UnitImportChange.Created,
            _ when existing.Name == line.Name
                   && existing.Sector == line.Sector
                   && existing.Headcount == line.Headcount
                   && (existing.ParentId is { } pid ? codeById.GetValueOrDefault(pid) : null) == line.ParentCode => UnitImportChange.Unchanged,
            _ => UnitImportChange.Updated,
        };
        return new UnitImportRow(line.Number, line.Code, line.Name, line.Sector!.Value, line.Headcount!.Value, line.ParentCode, existing, change);
    }
}
