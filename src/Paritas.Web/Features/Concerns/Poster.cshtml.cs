using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Shared;
using QRCoder;

namespace Paritas.Web.Features.Concerns;

/// <summary>A printable poster for one unit: where to raise a concern, as an address and a QR code.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class PosterModel(AppDbContext db, CurrentUser me, SiteLinks site) : PageModel
{
    public string UnitName { get; private set; } = "";

    public string OrganisationName { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid unit, CancellationToken ct)
    {
        var found = await db.Units.Where(u => u.Id == unit).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct);
        var org = await db.Organisations.Where(o => o.Id == me.OrganisationId).Select(o => new { o.Slug, o.Name }).FirstOrDefaultAsync(ct);
        if (found is null || org is null)
        {
            return NotFound();
        }

        UnitName = found.Name;
        OrganisationName = org.Name;
        Address = site.Absolute($"/Concerns/Report/{Uri.EscapeDataString(org.Slug)}/{found.Id:D}");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Address, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6);
        // As an image, not inline markup: the content security policy allows data: images, not inline styles.
        QrCode = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
        return Page();
    }
}
