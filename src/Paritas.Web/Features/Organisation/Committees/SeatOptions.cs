using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Committees;

/// <summary>The committee roles offered on the seat forms, with nothing preselected.</summary>
public static class SeatOptions
{
    public static IEnumerable<SelectListItem> Roles(IStringLocalizer l)
        => [new SelectListItem(l["Choose a role"], ""), .. Enum.GetValues<CommitteeRole>().Select(r => new SelectListItem(l[CommitteeRoleNames.Of(r)], r.ToString()))];
}
