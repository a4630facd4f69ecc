using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>The joint committee's conclusion on one section (and, ex-post, what turned out differently).</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class ConclusionModel(AssessmentReader reader, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ConclusionForm Form { get; set; } = new();

    public AssessmentReport Report { get; private set; } = null!;

    public InstrumentSection Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string? section, CancellationToken ct)
    {
        if (!await LoadAsync(id, section, ct))
        {
            return NotFound();
        }

        var existing = Report.Conclusion(Section.Key);
        Form.Text = existing?.Text;
        Form.OutcomeDifference = existing?.OutcomeDifference;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? section, CancellationToken ct)
    {
        var result = await ledger.ConcludeAsync(id, section, Form.Text, Form.OutcomeDifference, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, section, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Assessments/Compare?id={id}#section-{Section.Key}");
        }

        AssessmentRefusal.Show(ModelState, result, l, "Text", "OutcomeDifference");

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string? section, CancellationToken ct)
    {
        var report = await reader.ReadAsync(id, Actor.Of(me).Side, ct);
        if (report?.Instrument.Section(section) is not { } found)
        {
            return false;
        }

        Report = report;
        Section = found;
        return true;
    }

    public sealed class ConclusionForm
    {
        public string? Text { get; set; }

        public string? OutcomeDifference { get; set; }
    }
}
