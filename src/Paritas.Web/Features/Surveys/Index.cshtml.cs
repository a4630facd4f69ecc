using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>The organisation's surveys and their waves.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<SurveyRow> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Surveys = await db.Set<Survey>().OrderByDescending(s => s.CreatedAt)
            .Select(s => new SurveyRow(s.Id, s.Title, s.InstrumentId, s.InstrumentVersion,
                db.DigitalChanges.Where(c => c.Id == s.ChangeId).Select(c => c.Title).FirstOrDefault(),
                db.Set<SurveyWave>().Count(w => w.SurveyId == s.Id),
                db.Set<SurveyWave>().Count(w => w.SurveyId == s.Id && w.Status == WaveStatus.Open)))
            .ToListAsync(ct);
    }

    public sealed record SurveyRow(Guid Id, string Title, string InstrumentId, string InstrumentVersion, string? ChangeTitle, int Waves, int OpenWaves);
}
