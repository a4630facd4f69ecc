using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// Co-signature for one side. The signer re-enters a code from their authenticator here, so a
/// session left open on a shared computer cannot sign.
/// </summary>
[Authorize(Policy = Policies.JointCommittee)]
[EnableRateLimiting(AccountsExtensions.SignInRateLimit)]
public sealed class SignModel(AssessmentReader reader, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignForm Form { get; set; } = new();

    public AssessmentReport Report { get; private set; } = null!;

    public Side MySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form.Side = MySide;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ledger.SignAsync(id, Form.Side, Form.Code, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Assessments/Details?id={id}#signatures");
        }

        await LoadAsync(id, ct);
        AssessmentRefusal.Show(ModelState, result, l, "Code");

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

    public sealed class SignForm
    {
        public Side? Side { get; set; }

        [Required(ErrorMessage = "Enter the 6-digit code.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is 6 digits, like 123456.")]
        public string? Code { get; set; }
    }
}
