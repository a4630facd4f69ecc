using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Surveys;

/// <summary>A platform administrator imports an instrument file, or a new version of one, in the documented format.</summary>
public sealed class ImportInstrumentModel(InstrumentCatalog catalog, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Instrument> Instruments { get; private set; } = [];

    public string? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Instruments = await catalog.AllAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Choose an instrument file (JSON)."]);
        }
        else if (file.Length > InstrumentParser.MaximumBytes)
        {
            ModelState.AddModelError("file", l["The file is larger than {0} bytes.", InstrumentParser.MaximumBytes]);
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var (instrument, problems) = await catalog.ImportAsync(await reader.ReadToEndAsync(ct), me.Id, ct);
            foreach (var p in problems)
            {
                ModelState.AddModelError("file", l[p.Message, p.Values]);
            }

            Imported = instrument is null ? null : $"{instrument.Title.Current} ({instrument.Id} {instrument.Version})";
        }

        Instruments = await catalog.AllAsync(ct);
        return Page();
    }
}
