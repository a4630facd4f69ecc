using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>Records a side's dissent on one section or on the whole assessment; it stays on record.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class DissentModel(AssessmentReader reader, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DissentForm Form { get; set; } = new();

    public AssessmentReport Report { get; private set; } = null!;

    public Side MySide { get; private set; }

    public IEnumerable<SelectListItem> Sections =>
        [new SelectListItem(l["The assessment as a whole"], ""), .. Report.Instrument.Sections.Select(s => new SelectListItem(AssessmentInstrument.In(s.Title), s.Key))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await ledger.DissentAsync(id, Form.SectionKey, Form.Text, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Assessments/Details?id={id}#dissent");
        }

        AssessmentRefusal.Show(ModelState, result, l, "Text", "SectionKey");

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (Actor.Of(me).Side is not { } side || await reader.ReadAsync(id, side, ct) is not { } report)
        {
            return false;
        }

        MySide = side;
        Report = report;
        return true;
    }

    public sealed class DissentForm
    {
        public string? SectionKey { get; set; }

        public string? Text { get; set; }
    }
}
