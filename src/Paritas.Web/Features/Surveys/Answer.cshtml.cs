using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// The worker's answering pages: one section a page, progress, review, submit. No account, no
/// JavaScript; the token and the answers so far live only in an encrypted cookie on the device,
/// and the address never carries the token (it arrived at /a/… and was moved into the cookie).
/// </summary>
public sealed class AnswerModel(SurveySubmissions submissions, AnswerState state, AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public Instrument? Instrument { get; private set; }

    public AnswerSheet Sheet { get; private set; } = new();

    /// <summary>0: what is recorded; 1…sections: a section; sections + 1: review.</summary>
    public int Step { get; private set; }

    public int MinimumGroup { get; private set; } = Paritas.Statistics.Disclosure.MinimumGroupSize.SurveyFloor;

    public bool NotValid { get; private set; }

    public bool NoDraft { get; private set; }

    public int ReviewStep => (Instrument?.Sections.Count ?? 0) + 1;

    public InstrumentSection? Section => Instrument is { } i && Step >= 1 && Step <= i.Sections.Count ? i.Sections[Step - 1] : null;

    public async Task<IActionResult> OnGetAsync(int? step, CancellationToken ct)
    {
        NoCache();
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        Step = Math.Clamp(step ?? 0, 0, ReviewStep);
        return Page();
    }

    public IActionResult OnGetNotValid()
    {
        NoCache();
        NotValid = true;
        return Page();
    }

    /// <summary>A code typed from a letter or a notice.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        NoCache();
        var ticket = await submissions.ResolveAsync(Code, ct);
        if (ticket is null || !ticket.IsOpen)
        {
            ModelState.AddModelError(nameof(Code), l["This code is not valid, has already been used, or its survey has closed."]);
            NoDraft = true;
            return Page();
        }

        state.Write(new AnswerDraft(SurveyTokens.Normalise(Code!), ticket.WaveId, "{}"));
        return Redirect("/Surveys/Answer");
    }

    public async Task<IActionResult> OnPostSectionAsync(int step, string? direction, CancellationToken ct)
    {
        NoCache();
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        Step = Math.Clamp(step, 1, ReviewStep - 1);
        var section = Section!;
        foreach (var item in Instrument!.ItemsOf(section))
        {
            var raw = Request.Form["a." + item.Id].ToString();
            Sheet.Choices.Remove(item.Id);
            Sheet.Texts.Remove(item.Id);
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            if (item.Type == ItemType.Text)
            {
                if (raw.Length > InstrumentParser.TextAnswerLength)
                {
                    ModelState.AddModelError("a." + item.Id, l["This text must be {0} characters or fewer.", InstrumentParser.TextAnswerLength]);
                }

                Sheet.Texts[item.Id] = raw.Trim();
            }
            else if (int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                     && Instrument.OptionSet(item.OptionSet)?.Option(value) is not null)
            {
                Sheet.Choices[item.Id] = value;
            }
            else
            {
                ModelState.AddModelError("a." + item.Id, l["Choose one of the options."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = state.Read()!;
        state.Write(draft with { Answers = Sheet.ToJson() });
        return Redirect($"/Surveys/Answer?step={(direction == "back" ? Step - 1 : Step + 1)}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        NoCache();
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var (outcome, problems) = await submissions.SubmitAsync(state.Read()!.Credential, Sheet, ct);
        switch (outcome)
        {
            case SubmitOutcome.Accepted:
                state.Clear();
                return Redirect("/Surveys/Thanks");
            case SubmitOutcome.Invalid:
                Step = ReviewStep;
                foreach (var p in problems)
                {
                    ModelState.AddModelError(string.Empty, l[p.Message, p.Values]);
                }

                return Page();
            default:
                state.Clear();
                Instrument = null;
                NotValid = true;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var draft = state.Read();
        if (draft is null)
        {
            NoDraft = true;
            return false;
        }

        var ticket = await submissions.ResolveAsync(draft.Credential, ct);
        if (ticket is null || !ticket.IsOpen || ticket.WaveId != draft.WaveId || await submissions.InstrumentAsync(ticket, ct) is not { } instrument)
        {
            state.Clear();
            NotValid = true;
            return false;
        }

        using (db.Tenant.EnterSystemScope())
        {
            // The organisation's K, for the statement of what is shown; nothing else is read.
            MinimumGroup = Math.Max(MinimumGroup, await db.Organisations.Where(o => o.Id == ticket.OrganisationId).Select(o => o.MinimumSurveyGroup).FirstAsync(ct));
        }

        Instrument = instrument;
        Sheet = draft.Sheet;
        return true;
    }

    private void NoCache() => Response.Headers.CacheControl = "no-store";
}
