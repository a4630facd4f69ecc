using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Admin.Countries;

/// <summary>Renames a country. The code is the key organisations refer to, so it does not change.</summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public RenameCountryForm Form { get; set; } = new();

    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code))
        {
            return NotFound();
        }

        var key = code.ToUpperInvariant();
        var country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == key, ct);
        if (country is null)
        {
            return NotFound();
        }

        Code = country.Code;
        Form.Name = country.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code))
        {
            return NotFound();
        }

        var key = code.ToUpperInvariant();
        var country = await db.Countries.FirstOrDefaultAsync(c => c.Code == key, ct);
        if (country is null)
        {
            return NotFound();
        }

        Code = country.Code;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        country.Rename(Form.Name!.Trim());
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Index");
    }

    public sealed class RenameCountryForm
    {
        [Required(ErrorMessage = "Enter the country's name.")]
        [StringLength(100, ErrorMessage = "The name can be at most 100 characters long.")]
        public string? Name { get; set; }
    }
}
