using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>One section of the questionnaire, answered for the reader's own side only.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class AnswerModel(AssessmentReader reader, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    public AssessmentReport Report { get; private set; } = null!;

    public InstrumentSection Section { get; private set; } = null!;

    public Side MySide { get; private set; }

    public AssessmentSheet Mine => Report.Sheet(MySide);

    public InstrumentSection? Next => Report.Instrument.Sections.SkipWhile(s => s.Key != Section.Key).Skip(1).FirstOrDefault();

    public static string FieldId(string questionKey) => "q-" + questionKey.Replace('.', '-');

    public async Task<IActionResult> OnGetAsync(Guid id, string? section, CancellationToken ct)
    {
        if (!await LoadAsync(id, section, ct))
        {
            return NotFound();
        }

        foreach (var question in Section.Questions)
        {
            Form.Options[question.Key] = Mine[question.Key]?.OptionKey;
            Form.Comments[question.Key] = Mine[question.Key]?.Comment;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? section, string? then, CancellationToken ct)
    {
        var result = await ledger.AnswerAsync(id, section, Form.Options, Form.Comments, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, section, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return then == "next" && Next is { } next
                ? Redirect($"/Assessments/Answer?id={id}&section={Uri.EscapeDataString(next.Key)}")
                : Redirect($"/Assessments/Details?id={id}#your-side");
        }

        if (result.Outcome == ChangeOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this assessment at the same time. Nothing was saved: look at it again and retry."]);
        }

        foreach (var error in result.ErrorList)
        {
            var key = error.Field.EndsWith(".Comment", StringComparison.Ordinal) ? FieldId(error.Field[..^8]) + "-comment" : Section.Questions.Any(q => q.Key == error.Field) ? FieldId(error.Field) : string.Empty;
            ModelState.AddModelError(key, error.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string? section, CancellationToken ct)
    {
        if (Actor.Of(me).Side is not { } side)
        {
            return false;
        }

        MySide = side;
        var report = await reader.ReadAsync(id, side, ct);
        if (report?.Instrument.Section(section) is not { } found)
        {
            return false;
        }

        Report = report;
        Section = found;
        return true;
    }

    public sealed class AnswerForm
    {
        public Dictionary<string, string?> Options { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, string?> Comments { get; set; } = new(StringComparer.Ordinal);
    }
}
