using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Makes one-time tokens for a unit (and optionally a workforce group) of an open wave. The
/// tokens are returned once and only their hashes are kept, so nobody can later print a token again.
/// </summary>
public sealed class SurveyTokens(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public const int MaximumPerRequest = 5000;
    public const int SecretLength = 20;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public sealed record Issued(ChangeResult Result, WaveUnit? Unit, WaveGroup? Group, IReadOnlyList<string> Tokens);

    public async Task<Issued> IssueAsync(Guid waveId, string? unitCode, int? count, string? dimension, string? groupCode, CancellationToken ct)
    {
        var wave = await db.Set<SurveyWave>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null)
        {
            return new(ChangeResult.NotFound, null, null, []);
        }

        var errors = new List<ChangeError>();
        if (!wave.IsOpen)
        {
            errors.Add(new("Wave", l["This wave is closed: no more tokens can be made for it."]));
        }

        var population = wave.ReadPopulation();
        var unit = string.IsNullOrWhiteSpace(unitCode) ? null : population.Unit(unitCode.Trim());
        if (unit is null)
        {
            errors.Add(new("Unit", l["Choose a unit of this wave."]));
        }

        if (count is not { } n || n < 1 || n > MaximumPerRequest)
        {
            errors.Add(new("Count", l["Enter a number of tokens from 1 to {0}.", MaximumPerRequest]));
        }

        WaveDimension? chosenDimension = null;
        WaveGroup? group = null;
        if (!string.IsNullOrWhiteSpace(dimension) || !string.IsNullOrWhiteSpace(groupCode))
        {
            chosenDimension = population.Dimension(dimension?.Trim());
            group = chosenDimension?.Group(groupCode?.Trim());
            if (group is null)
            {
                errors.Add(new("Group", l["Choose a workforce group of this wave, or none."]));
            }
        }

        if (errors.Count > 0)
        {
            return new(ChangeResult.Invalid(errors), null, null, []);
        }

        var tokens = new List<string>(count!.Value);
        for (var i = 0; i < count; i++)
        {
            var secret = RandomNumberGenerator.GetString(Alphabet, SecretLength);
            tokens.Add(secret);
            db.Add(new SurveyToken(wave.OrganisationId, wave.Id, unit!.Id, chosenDimension?.Name ?? "", group?.Code ?? "", Hash(secret)));
        }

        await db.SaveChangesAsync(ct);
        return new(ChangeResult.Done(wave.Id), unit, group, tokens);
    }

    /// <summary>Tokens are read from paper: spaces, dashes and case do not matter.</summary>
    public static string Normalise(string token) => new([.. token.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    public static string Hash(string token) => AccessTokens.Hash(Normalise(token));

    /// <summary>Groups of four, easier to copy by hand.</summary>
    public static string Display(string token) => string.Join('-', token.Chunk(4).Select(c => new string(c)));
}
