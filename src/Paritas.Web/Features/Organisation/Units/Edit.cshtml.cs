using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Units;

/// <summary>One unit: change it, move it, close or reopen it, and read what happened to it.</summary>
public sealed class EditModel(AppDbContext db, UnitEditor editor, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string ConflictMessage = "Someone else changed this unit while you were editing it. Your changes have not been saved. The form now shows the unit as it is now: make your changes again.";

    [BindProperty]
    public UnitForm Form { get; set; } = new();

    [BindProperty]
    public CloseForm Close { get; set; } = new();

    public UnitSummary Unit { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Sectors { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, Posted.Nothing, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await editor.UpdateAsync(id, Form.Version, Form.ToInput(), ct);
        return await AfterAsync(id, result, Posted.UnitForm, l["The unit was saved."], ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        DateOnly? on = null;
        if (UnitFields.Clean(Close.ClosedOn) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && !DateOnly.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.None, out date))
            {
                ModelState.AddModelError(nameof(Close) + "." + nameof(Close.ClosedOn), l["Enter the closing date as a real date, for example 2025-03-31."]);
                return await LoadAsync(id, Posted.CloseForm, ct) ? Page() : NotFound();
            }

            on = date;
        }

        var result = await editor.CloseAsync(id, Close.Version, on, ct);
        return await AfterAsync(id, result, Posted.CloseForm, l["The unit was closed."], ct);
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct)
    {
        var result = await editor.ReopenAsync(id, Close.Version, ct);
        return await AfterAsync(id, result, Posted.Nothing, l["The unit was reopened."], ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, UnitEditResult result, Posted posted, string notice, CancellationToken ct)
    {
        switch (result.Status)
        {
            case UnitEditStatus.NotFound:
                return NotFound();
            case UnitEditStatus.Done:
                Notice = notice;
                return RedirectToPage("Edit", new { id });
            case UnitEditStatus.Conflict:
                // Show the unit as it now is, not the stale values the person typed over.
                ModelState.Clear();
                ModelState.AddModelError("", l[ConflictMessage]);
                return await LoadAsync(id, Posted.Nothing, ct) ? Page() : NotFound();
            default:
                foreach (var error in result.Errors)
                {
                    var key = error.Field switch
                    {
                        "" or "Version" => "",
                        "ClosedOn" => nameof(Close) + "." + nameof(Close.ClosedOn),
                        _ => nameof(Form) + "." + error.Field,
                    };
                    ModelState.AddModelError(key, error.Message);
                }

                return await LoadAsync(id, posted, ct) ? Page() : NotFound();
        }
    }

    /// <summary>Loads the unit; the form the person posted keeps what they typed, the other shows the unit as it is.</summary>
    private async Task<bool> LoadAsync(Guid id, Posted posted, CancellationToken ct)
    {
        var unit = await db.Units.Where(u => u.Id == id)
            .Select(u => new UnitSummary(u.Id, u.Code, u.Name, u.Sector, u.Headcount, u.ParentId, u.ClosedOn, u.Version, u.CreatedAt))
            .FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return false;
        }

        Unit = unit;
        if (posted != Posted.UnitForm)
        {
            Form = new UnitForm
            {
                Code = unit.Code,
                Name = unit.Name,
                Sector = unit.Sector.ToString(),
                Headcount = unit.Headcount.ToString(CultureInfo.InvariantCulture),
                ParentId = unit.ParentId,
                Version = unit.Version,
            };
        }
        else
        {
            // The version stays the one the person started from; the code is not theirs to change.
            Form.Code = unit.Code;
        }

        if (posted != Posted.CloseForm)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            Close = new CloseForm { ClosedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Version = unit.Version };
        }

        Sectors = UnitChoices.Sectors(l);
        Parents = await UnitChoices.ParentsAsync(db, l, unit.Id, unit.ParentId, ct);
        History = await db.UnitHistory.Where(h => h.UnitId == id)
            .OrderByDescending(h => h.At)
            .Select(h => new HistoryRow(h.Kind, h.At, h.PreviousParentCode, h.Detail, db.Users.Where(p => p.Id == h.ByUserId).Select(p => p.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return true;
    }

    /// <summary>A history entry as a sentence in the reader's language.</summary>
    public string Describe(HistoryRow h)
    {
        var details = (h.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var previous = h.PreviousParentCode is { } code ? l["previously under {0}", code].Value : l["previously at the top of the tree"].Value;
        return h.Kind switch
        {
            UnitHistoryKind.Created => l["Added"],
            UnitHistoryKind.Updated => l["Changed: {0}", string.Join(", ", details.Select(FieldName))],
            UnitHistoryKind.Moved => l["Moved ({0})", previous],
            UnitHistoryKind.Closed => l["Closed on {0}", FormatDate(h.Detail)],
            UnitHistoryKind.Reopened => l["Reopened (it had been closed on {0})", FormatDate(h.Detail)],
            UnitHistoryKind.Imported when details.Contains(UnitHistoryDetails.Created) => l["Added by a CSV import"],
            UnitHistoryKind.Imported when details.Contains(UnitHistoryDetails.Moved) && details.Contains(UnitHistoryDetails.Updated) => l["Changed and moved by a CSV import ({0})", previous],
            UnitHistoryKind.Imported when details.Contains(UnitHistoryDetails.Moved) => l["Moved by a CSV import ({0})", previous],
            UnitHistoryKind.Imported => l["Changed by a CSV import"],
            _ => h.Kind.ToString(),
        };
    }

    private string FieldName(string field) => field switch
    {
        "name" => l["Name"],
        "sector" => l["Sector"],
        "headcount" => l["Headcount"],
        _ => field,
    };

    private static string FormatDate(string? iso)
        => DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("d", CultureInfo.CurrentCulture) : iso ?? "";

    private enum Posted
    {
        Nothing,
        UnitForm,
        CloseForm,
    }

    public sealed class CloseForm
    {
        /// <summary>Text, so a date a person mistyped gets a message rather than a binding error.</summary>
        public string? ClosedOn { get; set; }

        public Guid? Version { get; set; }
    }

    public sealed record UnitSummary(Guid Id, string Code, string Name, Sector Sector, int Headcount, Guid? ParentId, DateOnly? ClosedOn, Guid Version, DateTimeOffset CreatedAt)
    {
        public bool IsOpen => ClosedOn is null;
    }

    public sealed record HistoryRow(UnitHistoryKind Kind, DateTimeOffset At, string? PreviousParentCode, string? Detail, string? By);
}
