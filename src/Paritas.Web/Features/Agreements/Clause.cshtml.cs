using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Agreements;

[Authorize(Policy = Policies.JointCommittee)]
public sealed class ClauseModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public ClauseForm Form { get; set; } = new();

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public string Preview { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var clause = await db.Clauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clause is null)
        {
            return NotFound();
        }

        (Id, AgreementId) = (clause.Id, clause.AgreementId);
        Form = new ClauseForm { Heading = clause.Heading, Text = clause.Text };
        Preview = ClauseMarkdown.ToSafeHtml(clause.Text);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var clause = await db.Clauses.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clause is null)
        {
            return NotFound();
        }

        (Id, AgreementId) = (clause.Id, clause.AgreementId);
        if (!ModelState.IsValid)
        {
            Preview = ClauseMarkdown.ToSafeHtml(Form.Text);
            return Page();
        }

        clause.Edit(Form.Heading!.Trim(), Form.Text!.Trim());
        await db.SaveChangesAsync(ct);
        return Redirect($"/Agreements/Details?id={clause.AgreementId}#clause-{clause.Id}");
    }

    public sealed class ClauseForm
    {
        [Required(ErrorMessage = "Enter a heading.")]
        [StringLength(Clause.HeadingLength, ErrorMessage = "The heading must be 200 characters or fewer.")]
        public string? Heading { get; set; }

        [Required(ErrorMessage = "Enter the text of the clause.")]
        [StringLength(Clause.TextLength, ErrorMessage = "The text must be 8000 characters or fewer.")]
        public string? Text { get; set; }
    }
}
