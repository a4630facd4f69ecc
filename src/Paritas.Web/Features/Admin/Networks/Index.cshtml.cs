using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Admin.Networks;

public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreateNetworkForm Form { get; set; } = new();

    public IReadOnlyList<NetworkRow> Networks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Form.Name?.Trim() ?? "";
        var country = string.IsNullOrWhiteSpace(Form.CountryCode) ? null : Form.CountryCode.Trim().ToUpperInvariant();
        if (country is not null && !await db.Countries.AnyAsync(c => c.Code == country, ct))
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.CountryCode), l["Choose a country from the list."]);
        }

        if (Form.Kind is { } kind && !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Kind), l["Choose what kind of network it is."]);
        }

        if (ModelState.IsValid && await db.Networks.AnyAsync(n => n.Name == name, ct))
        {
            AddDuplicateError();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var network = new Network(name, Form.Kind!.Value, country);
        db.Networks.Add(network);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique name caught a network added a moment ago under the same name.
            db.ChangeTracker.Clear();
            AddDuplicateError();
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage("Details", new { id = network.Id });
    }

    private void AddDuplicateError()
        => ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Name), l["A network with this name already exists."]);

    private async Task LoadAsync(CancellationToken ct)
    {
        var networks = await db.Networks
            .Select(n => new NetworkRow(n.Id, n.Name, n.Kind, n.CountryCode, n.Members.Count))
            .ToListAsync(ct);
        Networks = [.. networks.OrderBy(n => n.Name, StringComparer.CurrentCulture)];
        Countries = await CountryChoices.LoadAsync(db, l, "International: no single country", ct);
    }

    public sealed record NetworkRow(Guid Id, string Name, NetworkKind Kind, string? CountryCode, int Members);

    public sealed class CreateNetworkForm
    {
        [Required(ErrorMessage = "Enter the network's name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Choose what kind of network it is.")]
        public NetworkKind? Kind { get; set; }

        public string? CountryCode { get; set; }
    }
}
