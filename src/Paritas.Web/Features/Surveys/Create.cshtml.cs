using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Surveys;

/// <summary>Creates a survey of a change, or of the whole organisation, with one instrument version.</summary>
public sealed class CreateModel(AppDbContext db, InstrumentCatalog catalog, SurveyRegister register, CurrentUser me) : PageModel
{
    [BindProperty]
    public CreateSurveyForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> Instruments { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Changes { get; private set; } = [];

    public async Task OnGetAsync(Guid? changeId, CancellationToken ct)
    {
        Form.Change = changeId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parts = (Form.Instrument ?? "").Split('@', 2);
        var result = ModelState.IsValid
            ? await register.CreateAsync(me.RequiredOrganisationId, me.RequiredId, Form.Title, parts[0], parts.Length > 1 ? parts[1] : null, Form.Change, ct)
            : null;
        if (result?.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Surveys/Details?id={result.Id}");
        }

        foreach (var e in result?.ErrorList ?? [])
        {
            ModelState.AddModelError("Form." + e.Field, e.Message);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Instruments = [.. (await catalog.AllAsync(ct)).Select(i => new SelectListItem($"{i.Title.Current} ({i.Version})", i.Key))];
        var changes = await db.DigitalChanges.OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        Changes = [new SelectListItem("", ""), .. changes.Select(c => new SelectListItem(c.Title, c.Id.ToString()))];
    }
}

public sealed class CreateSurveyForm
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(Survey.TitleLength, ErrorMessage = "This text must be {1} characters or fewer.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Choose an instrument.")]
    public string? Instrument { get; set; }

    public Guid? Change { get; set; }
}
