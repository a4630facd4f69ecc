using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Surveys;

/// <summary>Creates surveys and opens their waves; pages and the API both come through here.</summary>
public sealed class SurveyRegister(AppDbContext db, InstrumentCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    // No 0/O or 1/I: codes are typed from paper.
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<ChangeResult> CreateAsync(Guid organisationId, Guid userId, string? title, string? instrumentId, string? instrumentVersion, Guid? changeId, CancellationToken ct)
    {
        var errors = new List<ChangeError>();
        title = title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add(new("Title", l["Enter a title."]));
        }
        else if (title.Length > Survey.TitleLength)
        {
            errors.Add(new("Title", l["This text must be {0} characters or fewer.", Survey.TitleLength]));
        }

        var instrument = string.IsNullOrWhiteSpace(instrumentId) ? null : await catalog.FindAsync(instrumentId.Trim(), string.IsNullOrWhiteSpace(instrumentVersion) ? null : instrumentVersion.Trim(), ct);
        if (instrument is null)
        {
            errors.Add(new("Instrument", l["Choose an instrument."]));
        }

        if (changeId is { } c && !await db.DigitalChanges.AnyAsync(x => x.Id == c, ct))
        {
            errors.Add(new("Change", l["Choose a change of this organisation, or none for the whole organisation."]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var survey = new Survey(organisationId, changeId, title!, instrument!, userId, clock.GetUtcNow());
        db.Add(survey);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(survey.Id);
    }

    /// <summary>Opens a wave now: the units and workforce groups are frozen, and every unit gets a short link code.</summary>
    public async Task<ChangeResult> OpenWaveAsync(Guid surveyId, string? kind, string? label, DateOnly? closesOn, CancellationToken ct)
    {
        var survey = await db.Set<Survey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null)
        {
            return ChangeResult.NotFound;
        }

        var errors = new List<ChangeError>();
        if (!Enum.TryParse<WaveKind>(kind, ignoreCase: true, out var waveKind) || !Enum.IsDefined(waveKind))
        {
            errors.Add(new("Kind", l["Choose whether this is the baseline or a follow-up."]));
        }

        label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        if (label is { Length: > SurveyWave.LabelLength })
        {
            errors.Add(new("Label", l["This text must be {0} characters or fewer.", SurveyWave.LabelLength]));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (closesOn is { } closes && closes < today)
        {
            errors.Add(new("ClosesOn", l["The planned closing date cannot be in the past."]));
        }

        if (errors.Count == 0 && waveKind == WaveKind.Baseline && await db.Set<SurveyWave>().AnyAsync(w => w.SurveyId == surveyId && w.Kind == WaveKind.Baseline, ct))
        {
            errors.Add(new("Kind", l["This survey already has a baseline wave. Add a follow-up."]));
        }

        var units = await db.Units.Where(u => u.OrganisationId == survey.OrganisationId && u.ClosedOn == null).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.ParentId, u.Headcount }).ToListAsync(ct);
        if (units.Count == 0)
        {
            errors.Add(new("Kind", l["The organisation has no units yet. Add its units first."]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var dimensions = await db.WorkforceDimensions.Where(d => d.OrganisationId == survey.OrganisationId).OrderBy(d => d.Kind)
            .Select(d => new { d.Kind, d.Name, Groups = d.Groups.OrderBy(g => g.Code).Select(g => new WaveGroup(g.Code, g.Name)).ToList() }).ToListAsync(ct);
        var population = new WavePopulation(
            [.. units.Select(u => new WaveUnit(u.Id, u.Code, u.Name, u.ParentId is { } p && codes.TryGetValue(p, out var pc) ? pc : null, u.Headcount))],
            [.. dimensions.Where(d => d.Groups.Count > 0).Select(d => new WaveDimension(d.Kind.ToString(), d.Name, d.Groups))]);
        var wave = new SurveyWave(survey.OrganisationId, surveyId, waveKind, label ?? "", today, closesOn, population);
        db.Add(wave);
        foreach (var unit in units)
        {
            db.Add(new WaveUnitLink(survey.OrganisationId, wave.Id, unit.Id, NewCode()));
        }

        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(wave.Id);
    }

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 8);
}
