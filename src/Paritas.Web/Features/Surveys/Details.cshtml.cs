using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Surveys;

/// <summary>A survey, its waves, and opening the next wave.</summary>
public sealed class DetailsModel(AppDbContext db, SurveyRegister register) : PageModel
{
    [BindProperty]
    public OpenWaveForm Form { get; set; } = new();

    public SurveyView Survey { get; private set; } = null!;

    public IReadOnlyList<WaveRow> Waves { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await register.OpenWaveAsync(id, Form.Kind, Form.Label, Form.ClosesOn, ct);
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Surveys/Wave?id={result.Id}");
        }

        foreach (var e in result.ErrorList)
        {
            ModelState.AddModelError("Form." + e.Field, e.Message);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var survey = await db.Set<Survey>().Where(s => s.Id == id)
            .Select(s => new SurveyView(s.Id, s.Title, s.InstrumentId, s.InstrumentVersion, s.ChangeId, db.DigitalChanges.Where(c => c.Id == s.ChangeId).Select(c => c.Title).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        if (survey is null)
        {
            return false;
        }

        Survey = survey;
        Waves = await db.Set<SurveyWave>().Where(w => w.SurveyId == id).OrderBy(w => w.OpensOn).ThenBy(w => w.Kind)
            .Select(w => new WaveRow(w.Id, w.Kind, w.Label, w.Status, w.OpensOn, w.ClosesOn, w.ClosedOn)).ToListAsync(ct);
        Form.Kind ??= Waves.Any(w => w.Kind == WaveKind.Baseline) ? nameof(WaveKind.FollowUp) : nameof(WaveKind.Baseline);
        return true;
    }

    public sealed record SurveyView(Guid Id, string Title, string InstrumentId, string InstrumentVersion, Guid? ChangeId, string? ChangeTitle);

    public sealed record WaveRow(Guid Id, WaveKind Kind, string Label, WaveStatus Status, DateOnly OpensOn, DateOnly? ClosesOn, DateOnly? ClosedOn);
}

public sealed class OpenWaveForm
{
    public string? Kind { get; set; }

    public string? Label { get; set; }

    public DateOnly? ClosesOn { get; set; }
}
