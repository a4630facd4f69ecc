using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Surveys;

/// <summary>One wave: rounded response counts while open, tokens and unit links to hand out, closing it.</summary>
public sealed class WaveModel(AppDbContext db, WaveResults results, SurveyTokens tokens, WaveClosing closing, CurrentUser me, SiteLinks links) : PageModel
{
    [BindProperty]
    public TokensForm Form { get; set; } = new();

    public WaveHeader Header { get; private set; } = null!;

    /// <summary>Rounded counts while the wave is open; results are on their own page once it closes.</summary>
    public WaveResultsView? Open { get; private set; }

    public IReadOnlyList<UnitLinkRow> UnitLinks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Groups { get; private set; } = [];

    public IReadOnlyList<TokenLetters.Letter> Issued { get; private set; } = [];

    public string Site => links.Absolute("/").TrimEnd('/');

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTokensAsync(Guid id, string? format, CancellationToken ct)
    {
        var parts = (Form.Group ?? "").Split(':', 2);
        var issued = await tokens.IssueAsync(id, Form.Unit, Form.Count, parts.Length == 2 ? parts[0] : null, parts.Length == 2 ? parts[1] : null, ct);
        if (issued.Result.Outcome == ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        if (issued.Result.Outcome == ChangeOutcome.Done)
        {
            switch (format)
            {
                case "csv":
                    return File(TokenLetters.Csv(issued.Unit!, issued.Group, issued.Tokens, Site), "text/csv; charset=utf-8", $"tokens-{issued.Unit!.Code}.csv");
                case "letters":
                    var header = await results.HeaderAsync(id, ct);
                    return Partial("_Letters", new LettersView(header!.Value.Instrument.Title.Current, issued.Unit!.Name, issued.Group?.Name, TokenLetters.Letters(issued.Tokens, Site), Site));
                default:
                    Issued = TokenLetters.Letters(issued.Tokens, Site);
                    break;
            }
        }

        foreach (var e in issued.Result.ErrorList)
        {
            ModelState.AddModelError("Form." + e.Field, e.Message);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        var result = await closing.CloseAsync(id, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Surveys/Results?id={id}");
        }

        foreach (var e in result.ErrorList)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await results.HeaderAsync(id, ct) is not { } found)
        {
            return false;
        }

        Header = found.Header;
        var population = found.Population;
        Open = Header.Status == WaveStatus.Open ? await results.ReadAsync(id, null, me.Id, me.Role?.ToString(), "wave page", ct) : null;
        Units = [.. WaveResults.TreeOrder(population).Select(u => new SelectListItem($"{new string('\u00A0', u.Depth * 2)}{u.Name} ({u.Code})", u.Code))];
        Groups = [new SelectListItem("", ""), .. population.Dimensions.SelectMany(d => d.Groups.Select(g => new SelectListItem($"{d.Title}: {g.Name}", $"{d.Name}:{g.Code}")))];
        var links = await db.Set<WaveUnitLink>().Where(l => l.WaveId == id).Select(l => new { l.UnitId, l.Code }).ToListAsync(ct);
        UnitLinks = [.. links.Select(l => (Unit: population.Unit(l.UnitId), l.Code)).Where(x => x.Unit is not null)
            .OrderBy(x => x.Unit!.Code, StringComparer.Ordinal).Select(x => new UnitLinkRow(x.Unit!.Code, x.Unit.Name, x.Code))];
        return true;
    }

    public sealed record UnitLinkRow(string UnitCode, string UnitName, string Code);
}

public sealed class TokensForm
{
    public string? Unit { get; set; }

    public string? Group { get; set; }

    public int? Count { get; set; } = 10;
}

public sealed record LettersView(string SurveyTitle, string UnitName, string? GroupName, IReadOnlyList<TokenLetters.Letter> Letters, string Site);
