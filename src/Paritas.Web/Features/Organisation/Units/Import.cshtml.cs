using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Units;

/// <summary>
/// Upload a CSV file of units. The whole file is checked first; if any line is wrong nothing is
/// written and every problem is listed by line and column.
/// </summary>
// The form parser must let a somewhat larger file through, so its size gets a message rather than an error page.
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class ImportModel(UnitEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    private const int RequestLimit = 16 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public UnitImportOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? l["Select a CSV file."] : l["The file is empty."]);
            return Page();
        }

        if (Upload.Length > UnitImport.MaximumBytes)
        {
            ModelState.AddModelError(nameof(Upload), l["The file is larger than 2 MB."]);
            return Page();
        }

        using var buffer = new MemoryStream((int)Upload.Length);
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }

        Outcome = await editor.ImportAsync(buffer.ToArray(), ct);
        if (!Outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), l["The file was not imported and nothing was changed. Correct the problems listed below and upload it again."]);
        }

        return Page();
    }
}
