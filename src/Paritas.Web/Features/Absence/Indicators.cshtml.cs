using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Absence.Indicators;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Absence;

/// <summary>Absence indicators per unit (with its subtree) and month, optionally by one workforce dimension, as the guard releases them.</summary>
public sealed class IndicatorsModel(AbsenceIndicators indicators, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Dimension { get; set; }

    public IReadOnlyList<string> Dimensions { get; private set; } = [];

    public IndicatorTable? Table { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var orgId = me.RequiredOrganisationId;
        Dimensions = await indicators.DimensionsAsync(orgId, ct);
        if (!string.IsNullOrWhiteSpace(Dimension) && !Dimensions.Contains(Dimension, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Dimension), l["Choose one of the workforce dimensions of your organisation."]);
            Dimension = null;
        }

        Table = await indicators.ReadAsync(orgId, me.Id, me.Role?.ToString(), Dimension, ct);
        return Page();
    }
}
