using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Units;

/// <summary>The organisation's unit tree: open units as a tree, closed ones apart, each linking to its edit page.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<UnitTreeNode<UnitRow>> Open { get; private set; } = [];

    public IReadOnlyList<UnitRow> Closed { get; private set; } = [];

    public int OpenCount { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await Rows(db.Units).ToListAsync(ct);
        var open = rows.Where(r => r.ClosedOn is null).ToList();
        OpenCount = open.Count;
        Open = UnitTree.Build(open, r => r.Id, r => r.ParentId, ByName);
        Closed = [.. rows.Where(r => r.ClosedOn is not null).Order(ByName)];
    }

    /// <summary>The open units in the import's own format, so a file can be taken out, edited and put back.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await Rows(db.Units.Where(u => u.ClosedOn == null)).ToListAsync(ct);
        var codeById = rows.ToDictionary(r => r.Id, r => r.Code);
        var csv = new StringBuilder();
        csv.AppendJoin(',', UnitImport.Columns).Append("\r\n");
        foreach (var (row, _) in UnitTree.Flatten(UnitTree.Build(rows, r => r.Id, r => r.ParentId, ByName)))
        {
            var parent = row.ParentId is { } p && codeById.TryGetValue(p, out var code) ? code : "";
            csv.AppendJoin(',', [Quote(row.Code), Quote(row.Name), Quote(parent), SectorNames.CodeOf(row.Sector), row.Headcount.ToString(CultureInfo.InvariantCulture)]).Append("\r\n");
        }

        // A byte-order mark, so spreadsheet programs read the file as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "units.csv");
    }

    // Filter before projecting: EF cannot see through a record's constructor.
    private static IQueryable<UnitRow> Rows(IQueryable<Unit> units)
        => units.Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Sector, u.Headcount, u.ParentId, u.ClosedOn));

    private static readonly Comparer<UnitRow> ByName = Comparer<UnitRow>.Create((a, b) =>
    {
        var byName = StringComparer.CurrentCulture.Compare(a.Name, b.Name);
        return byName != 0 ? byName : string.CompareOrdinal(a.Code, b.Code);
    });

    // Values are written as they are (no formula-guard prefix): the file exists to be imported again,
    // and only the organisation's administrators, who wrote these names, can download it.
    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public sealed record UnitRow(Guid Id, string Code, string Name, Sector Sector, int Headcount, Guid? ParentId, DateOnly? ClosedOn);
}
