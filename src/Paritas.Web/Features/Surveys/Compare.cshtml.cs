using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Surveys;

/// <summary>A follow-up wave against the baseline, per unit and scale, only where both waves release the cell.</summary>
public sealed class CompareModel(WaveComparison comparison, CurrentUser me) : PageModel
{
    public WaveComparison.View? View { get; private set; }

    public WaveComparison.Problem Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid baseline, string? dimension, CancellationToken ct)
    {
        (Problem, View) = await comparison.ReadAsync(id, baseline, dimension, me.Id, me.Role?.ToString(), "page", ct);
        return Problem == WaveComparison.Problem.NotFound ? NotFound() : Page();
    }
}
