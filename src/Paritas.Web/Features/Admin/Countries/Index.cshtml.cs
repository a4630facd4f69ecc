using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Admin.Countries;

public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AddCountryForm Form { get; set; } = new();

    public IReadOnlyList<CountryRow> Countries { get; private set; } = [];

    public string? Added { get; private set; }

    public async Task OnGetAsync(string? added, CancellationToken ct)
    {
        Added = added;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = Form.Code?.Trim().ToUpperInvariant() ?? "";
        if (ModelState.IsValid && await db.Countries.AnyAsync(c => c.Code == code, ct))
        {
            AddDuplicateError(code);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.Countries.Add(new Country(code, Form.Name!.Trim()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone added the same code a moment ago: the unique key caught it.
            db.ChangeTracker.Clear();
            AddDuplicateError(code);
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage(new { added = code });
    }

    private void AddDuplicateError(string code)
        => ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Code), l["The country {0} is already listed.", code]);

    private async Task LoadAsync(CancellationToken ct)
    {
        var usage = await db.Organisations.GroupBy(o => o.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var countries = await db.Countries.OrderBy(c => c.Code).Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        Countries = [.. countries.Select(c => new CountryRow(c.Code, c.Name, usage.GetValueOrDefault(c.Code)))];
    }

    public sealed record CountryRow(string Code, string Name, int Organisations);

    public sealed class AddCountryForm
    {
        [Required(ErrorMessage = "Enter the country's two-letter code.")]
        [RegularExpression("^\\s*[A-Za-z]{2}\\s*$", ErrorMessage = "Enter the ISO 3166-1 code of two letters, like NO or DE.")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Enter the country's name.")]
        [StringLength(100, ErrorMessage = "The name can be at most 100 characters long.")]
        public string? Name { get; set; }
    }
}
