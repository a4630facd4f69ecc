using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>The "Worker surveys" section of the change page: the change's surveys, their waves, links to results.</summary>
public sealed class ChangeSurveysViewComponent(AppDbContext db) : ViewComponent
{
    public const string ViewPath = "~/Features/Surveys/ChangeSurveys.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid changeId)
    {
        var ct = HttpContext.RequestAborted;
        var surveys = await db.Set<Survey>().Where(s => s.ChangeId == changeId).OrderBy(s => s.CreatedAt)
            .Select(s => new ChangeSurveyRow(s.Id, s.Title,
                db.Set<SurveyWave>().Where(w => w.SurveyId == s.Id).OrderBy(w => w.OpensOn)
                    .Select(w => new ChangeWaveRow(w.Id, w.Kind, w.Label, w.Status, w.OpensOn, w.ClosedOn)).ToList()))
            .ToListAsync(ct);
        return View(ViewPath, new ChangeSurveysView(changeId, surveys));
    }
}

public sealed record ChangeSurveysView(Guid ChangeId, IReadOnlyList<ChangeSurveyRow> Surveys);

public sealed record ChangeSurveyRow(Guid Id, string Title, IReadOnlyList<ChangeWaveRow> Waves);

public sealed record ChangeWaveRow(Guid Id, WaveKind Kind, string Label, WaveStatus Status, DateOnly OpensOn, DateOnly? ClosedOn);
