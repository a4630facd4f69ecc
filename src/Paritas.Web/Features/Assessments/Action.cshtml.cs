using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>Adds a mitigation action to a change, or updates one (its status moves as it is carried out).</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class ActionModel(AppDbContext db, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ActionForm Form { get; set; } = new();

    public Guid ChangeId { get; private set; }

    public Guid? ActionId { get; private set; }

    public string ChangeTitle { get; private set; } = "";

    public IEnumerable<SelectListItem> Sections =>
        [new SelectListItem(l["No particular section"], ""), .. AssessmentInstruments.Current.Sections.Select(s => new SelectListItem(AssessmentInstrument.In(s.Title), s.Key))];

    public IEnumerable<SelectListItem> Sides =>
        [new SelectListItem(l["Choose a side"], ""), .. Enum.GetValues<Side>().Select(s => new SelectListItem(l[AssessmentNames.Of(s)], s.ToString()))];

    public IEnumerable<SelectListItem> Statuses => Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(l[AssessmentNames.Of(s)], s.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid changeId, Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(changeId, id, ct))
        {
            return NotFound();
        }

        if (id is { } actionId)
        {
            var a = await db.MitigationActions.AsNoTracking().FirstAsync(x => x.Id == actionId, ct);
            Form = new ActionForm
            {
                SectionKey = a.SectionKey,
                Measure = a.Measure,
                OwnerSide = a.OwnerSide,
                DueOn = a.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Budget = a.Budget?.ToString("0.##", CultureInfo.InvariantCulture),
                Status = a.Status,
                Version = a.Version,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid changeId, Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(changeId, id, ct))
        {
            return NotFound();
        }

        decimal? budget = null;
        if (!string.IsNullOrWhiteSpace(Form.Budget))
        {
            var text = Form.Budget.Trim().Replace(" ", "", StringComparison.Ordinal);
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) || decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out b))
            {
                budget = b;
            }
            else
            {
                ModelState.AddModelError("Form.Budget", l["Enter the budget as a number, like 12500 or 12500.50."]);
                return Page();
            }
        }

        DateOnly? dueOn = null;
        if (!string.IsNullOrWhiteSpace(Form.DueOn))
        {
            if (DateOnly.TryParseExact(Form.DueOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dueOn = d;
            }
            else
            {
                ModelState.AddModelError("Form.DueOn", l["Enter the due date as a date, like 2027-03-31."]);
                return Page();
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ledger.SaveActionAsync(changeId, id, Form.Version, new ActionInput(Form.SectionKey, Form.Measure, Form.OwnerSide, dueOn, budget, Form.Status ?? ActionStatus.Planned), Actor.Of(me), ct);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Done:
                return Redirect($"/Changes/Details?id={changeId}#mitigation-actions");
            case ChangeOutcome.Conflict:
                ModelState.AddModelError(string.Empty, l["Someone else changed this action while you were editing it. Nothing was saved: look at it again and retry."]);
                break;
            default:
                foreach (var error in result.ErrorList)
                {
                    ModelState.AddModelError(error.Field is "Measure" or "OwnerSide" or "Status" or "Budget" or "SectionKey" ? "Form." + error.Field : string.Empty, error.Message);
                }

                break;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid changeId, Guid? id, CancellationToken ct)
    {
        var title = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => c.Title).FirstOrDefaultAsync(ct);
        if (title is null || (id is { } actionId && !await db.MitigationActions.AnyAsync(a => a.Id == actionId && a.ChangeId == changeId, ct)))
        {
            return false;
        }

        ChangeId = changeId;
        ActionId = id;
        ChangeTitle = title;
        return true;
    }

    public sealed class ActionForm
    {
        public string? SectionKey { get; set; }

        public string? Measure { get; set; }

        public Side? OwnerSide { get; set; }

        /// <summary>As a date input sends it (yyyy-MM-dd), whatever the page's language.</summary>
        public string? DueOn { get; set; }

        public string? Budget { get; set; }

        public ActionStatus? Status { get; set; }

        public Guid? Version { get; set; }
    }
}
