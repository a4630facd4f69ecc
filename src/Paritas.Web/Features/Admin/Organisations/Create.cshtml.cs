using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Admin.Organisations;

public sealed class CreateModel(AppDbContext db, AuditTrail audit, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreateOrganisationForm Form { get; set; } = new();

    public OrganisationChoices Choices { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Choices = await OrganisationChoices.LoadAsync(db, l, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var country = await OrganisationChoices.CheckAsync(db, Form.CountryCode, Form.NetworkIds, ModelState, l, ct);
        var slug = Form.Slug ?? "";
        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.Slug == slug, ct))
        {
            AddDuplicateError();
        }

        if (!ModelState.IsValid)
        {
            Choices = await OrganisationChoices.LoadAsync(db, l, ct);
            return Page();
        }

        var organisation = new Organisation(Form.Name!.Trim(), slug, country!);
        db.Organisations.Add(organisation);
        db.OrganisationNetworks.AddRange(Form.NetworkIds.Distinct().Select(id => new OrganisationNetwork { OrganisationId = organisation.Id, NetworkId = id }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the short name a moment ago: the unique key caught it.
            db.ChangeTracker.Clear();
            AddDuplicateError();
            Choices = await OrganisationChoices.LoadAsync(db, l, ct);
            return Page();
        }

        await audit.AppendAsync(new AuditRecord(AuditActions.OrganisationCreated, me.Id, Policies.PlatformAdministrator, organisation.Id, Subject: organisation.Slug), ct);
        return RedirectToPage("Details", new { id = organisation.Id, created = true });
    }

    private void AddDuplicateError()
        => ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Slug), l["Another organisation already has this short name. Choose another."]);

    public sealed class CreateOrganisationForm
    {
        [Required(ErrorMessage = "Enter the organisation's name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter a short name.")]
        [RegularExpression(OrganisationSlug.Pattern, ErrorMessage = "The short name must be 2 to 60 lowercase letters, digits and hyphens, and start and end with a letter or digit.")]
        public string? Slug { get; set; }

        [Required(ErrorMessage = "Choose the organisation's country.")]
        public string? CountryCode { get; set; }

        public List<Guid> NetworkIds { get; set; } = [];
    }
}
