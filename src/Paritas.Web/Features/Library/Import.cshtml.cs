using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Library.Exchange;

namespace Paritas.Web.Features.Library;

/// <summary>The platform administrator imports a library document from another Paritas instance into the public library.</summary>
[Authorize(Policy = Policies.PlatformAdministrator)]
public sealed class ImportModel(LibraryExchange exchange, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    public const long MaximumBytes = 20 * 1024 * 1024;

    public ImportOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Choose a library file (JSON) to import."]);
            return Page();
        }

        if (file.Length > MaximumBytes)
        {
            ModelState.AddModelError("file", l["The file must be 20 MB or smaller."]);
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var (document, problems) = LibraryExchange.Parse(stream);
        Outcome = document is null ? ImportOutcome.Refused(problems) : await exchange.ImportAsync(document, me.Id, ct);
        foreach (var p in Outcome.Problems)
        {
            ModelState.AddModelError("file", l[p.Key, p.Values]);
        }

        return Page();
    }
}
