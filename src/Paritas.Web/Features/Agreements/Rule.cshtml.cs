using System.ComponentModel.DataAnnotations;
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

namespace Paritas.Web.Features.Agreements;

/// <summary>Adds, edits or removes a rule of a clause; every change's obligations follow at once.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class RuleModel(AppDbContext db, ObligationPlanner planner, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RuleForm Form { get; set; } = new();

    public Guid ClauseId { get; private set; }

    public Guid? Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public string ClauseHeading { get; private set; } = "";

    public IReadOnlyList<SelectListItem> Triggers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Stages { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Gates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Obligations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Sides { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Conditions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid clauseId, Guid? id, CancellationToken ct)
    {
        var rule = await LoadAsync(clauseId, id, ct);
        if (rule is null && (ClauseId == Guid.Empty || id is not null))
        {
            return NotFound();
        }

        if (rule is not null)
        {
            Form = RuleForm.From(rule.Spec);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid clauseId, Guid? id, CancellationToken ct)
    {
        var rule = await LoadAsync(clauseId, id, ct);
        if (rule is null && (ClauseId == Guid.Empty || id is not null))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var spec = Form.ToSpec();
        var problems = spec.Problems();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(string.Empty, l[problem]);
            }

            return Page();
        }

        if (rule is null)
        {
            var clause = await db.Clauses.FirstAsync(c => c.Id == clauseId, ct);
            db.Rules.Add(new Rule(clause, spec));
        }
        else
        {
            rule.Apply(spec);
        }

        await db.SaveChangesAsync(ct);
        await planner.RecomputeAllAsync(ct);
        return Redirect($"/Agreements/Details?id={AgreementId}#clause-{ClauseId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid clauseId, Guid? id, CancellationToken ct)
    {
        var rule = await LoadAsync(clauseId, id, ct);
        if (rule is null)
        {
            return NotFound();
        }

        db.Rules.Remove(rule);
        await db.SaveChangesAsync(ct);
        await planner.RecomputeAllAsync(ct);
        return Redirect($"/Agreements/Details?id={AgreementId}#clause-{ClauseId}");
    }

    private async Task<Rule?> LoadAsync(Guid clauseId, Guid? id, CancellationToken ct)
    {
        var clause = await db.Clauses.Where(c => c.Id == clauseId).Select(c => new { c.Id, c.AgreementId, c.Heading }).FirstOrDefaultAsync(ct);
        Choices();
        if (clause is null)
        {
            return null;
        }

        (ClauseId, AgreementId, ClauseHeading, Id) = (clause.Id, clause.AgreementId, clause.Heading, id);
        return id is null ? null : await db.Rules.FirstOrDefaultAsync(r => r.Id == id && r.ClauseId == clauseId, ct);
    }

    private void Choices()
    {
        Triggers = [.. Enum.GetValues<RuleTrigger>().Select(t => new SelectListItem(l[AgreementNames.Of(t)], t.ToString()))];
        Stages = [new SelectListItem(l["Not needed"], ""), .. Enum.GetValues<ChangeStage>().Select(s => new SelectListItem(l[ChangeNames.Of(s)], s.ToString()))];
        Gates = [new SelectListItem(l["No stage"], ""), .. Enum.GetValues<ChangeStage>().Where(s => s is not ChangeStage.Proposed and not ChangeStage.Withdrawn).Select(s => new SelectListItem(l[ChangeNames.Of(s)], s.ToString()))];
        Obligations = [.. Enum.GetValues<ObligationKind>().Select(o => new SelectListItem(l[AgreementNames.Of(o)], o.ToString()))];
        Sides = [.. Enum.GetValues<Side>().Select(s => new SelectListItem(l[ChangeNames.Of(s)], s.ToString()))];
        Conditions = [.. Enum.GetValues<RuleCondition>().Select(c => new SelectListItem(l[AgreementNames.Of(c)], c.ToString()))];
    }

    public sealed class RuleForm
    {
        [Required(ErrorMessage = "Choose a trigger.")]
        public RuleTrigger? Trigger { get; set; }

        public ChangeStage? TriggerStage { get; set; }

        public int? TriggerMonths { get; set; }

        [Required(ErrorMessage = "Choose an obligation.")]
        public ObligationKind? Obligation { get; set; }

        [Required(ErrorMessage = "Enter a number of days from -3650 to 3650.")]
        public int? DueOffsetDays { get; set; }

        [Required(ErrorMessage = "Choose the responsible side.")]
        public Side? ResponsibleSide { get; set; }

        public ChangeStage? GatesStage { get; set; }

        public RuleCondition Condition { get; set; }

        public string? Note { get; set; }

        public RuleSpec ToSpec() => new(Trigger!.Value, TriggerStage, TriggerMonths, Obligation!.Value, DueOffsetDays!.Value, ResponsibleSide!.Value, GatesStage, Condition, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());

        public static RuleForm From(RuleSpec s) => new()
        {
            Trigger = s.Trigger,
            TriggerStage = s.TriggerStage,
            TriggerMonths = s.TriggerMonths,
            Obligation = s.Obligation,
            DueOffsetDays = s.DueOffsetDays,
            ResponsibleSide = s.ResponsibleSide,
            GatesStage = s.GatesStage,
            Condition = s.Condition,
            Note = s.Note,
        };
    }
}
