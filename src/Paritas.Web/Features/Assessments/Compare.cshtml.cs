using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>Both sides' answers side by side, every difference marked in words, with the committee's conclusion per section.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class CompareModel(AssessmentReader reader, CurrentUser me) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;

    public Side? MySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        MySide = me.Role is { } role ? new Actor(Guid.Empty, role).Side : null;
        var report = await reader.ReadAsync(id, MySide, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
