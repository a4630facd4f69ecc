using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Admin.Organisations;

/// <summary>Changes an organisation's name, country and networks. The short name stays: URLs and scripts use it.</summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EditOrganisationForm Form { get; set; } = new();

    public OrganisationChoices Choices { get; private set; } = new([], []);

    public string Slug { get; private set; } = "";

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Networks).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Slug = organisation.Slug;
        Id = organisation.Id;
        Form = new EditOrganisationForm
        {
            Name = organisation.Name,
            CountryCode = organisation.CountryCode,
            NetworkIds = [.. organisation.Networks.Select(n => n.NetworkId)],
        };
        Choices = await OrganisationChoices.LoadAsync(db, l, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.Include(o => o.Networks).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Slug = organisation.Slug;
        Id = organisation.Id;
        var country = await OrganisationChoices.CheckAsync(db, Form.CountryCode, Form.NetworkIds, ModelState, l, ct);
        if (!ModelState.IsValid)
        {
            Choices = await OrganisationChoices.LoadAsync(db, l, ct);
            return Page();
        }

        organisation.Rename(Form.Name!.Trim());
        // Organisation has no method for moving country; EF writes the property it maps.
        db.Entry(organisation).Property(o => o.CountryCode).CurrentValue = country!;

        var wanted = Form.NetworkIds.ToHashSet();
        var current = organisation.Networks.Select(n => n.NetworkId).ToHashSet();
        db.OrganisationNetworks.RemoveRange(organisation.Networks.Where(n => !wanted.Contains(n.NetworkId)));
        db.OrganisationNetworks.AddRange(wanted.Where(n => !current.Contains(n)).Select(n => new OrganisationNetwork { OrganisationId = organisation.Id, NetworkId = n }));
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Details", new { id });
    }

    public sealed class EditOrganisationForm
    {
        [Required(ErrorMessage = "Enter the organisation's name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Choose the organisation's country.")]
        public string? CountryCode { get; set; }

        public List<Guid> NetworkIds { get; set; } = [];
    }
}
