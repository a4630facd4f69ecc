using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// What a change to the organisation's set-up came to: done (with the id of what it made or
/// changed), not found, or refused with messages. Pages and the API read the same result, so a
/// rule is written once and both give the same message.
/// </summary>
public sealed record SetupResult(Guid? Id, bool NotFound, IReadOnlyList<SetupProblem> Problems)
{
    public static SetupResult Missing { get; } = new(null, true, []);

    public bool Succeeded => !NotFound && Problems.Count == 0;

    public static SetupResult Done(Guid id) => new(id, false, []);

    public static SetupResult Refused(string field, string message) => new(null, false, [new SetupProblem(field, message)]);

    public static SetupResult Refused(IReadOnlyList<SetupProblem> problems) => new(null, false, problems);

    /// <summary>Puts the messages on a page's form fields, e.g. "Name" on "Form.Name".</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix)
    {
        foreach (var problem in Problems)
        {
            modelState.AddModelError(problem.Field.Length == 0 ? "" : prefix + "." + problem.Field, problem.Message);
        }
    }

    /// <summary>
    /// What a set-up page answers after a post: 404 when the thing is gone, the page's own answer to
    /// success (a notice and a redirect), or the same page again with the messages on its fields.
    /// </summary>
    public async Task<IActionResult> AnswerAsync(PageModel page, string prefix, Func<IActionResult> succeeded, Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(succeeded);
        ArgumentNullException.ThrowIfNull(reload);
        if (NotFound)
        {
            return page.NotFound();
        }

        if (Succeeded)
        {
            return succeeded();
        }

        CopyTo(page.ModelState, prefix);
        await reload();
        return page.Page();
    }

    /// <summary>The messages keyed by the JSON property they concern, for a problem details response.</summary>
    public Dictionary<string, string[]> ToErrors()
        => Problems.GroupBy(p => p.Field.Length == 0 ? "" : char.ToLowerInvariant(p.Field[0]) + p.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
}
