using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Admin.Organisations;

/// <summary>The countries and networks an organisation can be placed in, for the create and edit forms.</summary>
public sealed record OrganisationChoices(IReadOnlyList<SelectListItem> Countries, IReadOnlyList<OrganisationChoices.Network> Networks)
{
    public static async Task<OrganisationChoices> LoadAsync(AppDbContext db, IStringLocalizer l, CancellationToken ct)
    {
        var countries = await CountryChoices.LoadAsync(db, l, "Choose a country", ct);
        var networks = await db.Networks.Select(n => new Network(n.Id, n.Name, n.CountryCode)).ToListAsync(ct);
        return new OrganisationChoices(countries, [.. networks.OrderBy(n => n.Name, StringComparer.CurrentCulture)]);
    }

    /// <summary>A country or network that is not in the lists (a stale form, a crafted post) is a field error, never a failed save.</summary>
    public static async Task<string?> CheckAsync(AppDbContext db, string? countryCode, IReadOnlyCollection<Guid> networkIds, ModelStateDictionary modelState, IStringLocalizer l, CancellationToken ct)
    {
        var country = string.IsNullOrWhiteSpace(countryCode) ? null : countryCode.Trim().ToUpperInvariant();
        if (country is not null && !await db.Countries.AnyAsync(c => c.Code == country, ct))
        {
            modelState.AddModelError("Form.CountryCode", l["Choose a country from the list."]);
        }

        var distinct = networkIds.Distinct().ToList();
        if (distinct.Count > 0 && await db.Networks.CountAsync(n => distinct.Contains(n.Id), ct) != distinct.Count)
        {
            modelState.AddModelError("Form.NetworkIds", l["Choose networks from the list."]);
        }

        return country;
    }

    public sealed record Network(Guid Id, string Name, string? CountryCode);
}
