using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Every instrument a survey may use: those shipped in Features/Surveys/Instruments (every *.json
/// there is embedded and read once) and those an administrator imported. A shipped file that
/// breaks the format stops the application at start, with the file's problems in the message.
/// </summary>
public sealed class InstrumentCatalog(AppDbContext db, TimeProvider clock)
{
    public const string ResourcePrefix = "Paritas.Web.Features.Surveys.Instruments.";

    private static readonly Lazy<IReadOnlyList<Instrument>> Shipped = new(LoadShipped);

    public static IReadOnlyList<Instrument> ShippedInstruments => Shipped.Value;

    public async Task<IReadOnlyList<Instrument>> AllAsync(CancellationToken ct)
    {
        var imported = await db.Set<InstrumentFile>().AsNoTracking().OrderBy(f => f.InstrumentId).ThenBy(f => f.Version).Select(f => f.Json).ToListAsync(ct);
        var all = Shipped.Value.ToList();
        foreach (var json in imported)
        {
            if (InstrumentParser.Parse(json).Instrument is { } i && !all.Any(a => a.Key == i.Key))
            {
                all.Add(i);
            }
        }

        return all;
    }

    public async Task<Instrument?> FindAsync(string id, string? version, CancellationToken ct)
    {
        var candidates = (await AllAsync(ct)).Where(i => i.Id == id).ToList();
        return version is null
            ? candidates.OrderByDescending(i => i.Version, VersionOrder.Instance).FirstOrDefault()
            : candidates.FirstOrDefault(i => i.Version == version);
    }

    /// <summary>Stores a new instrument or a new version; an existing id and version is refused, never overwritten (waves use it).</summary>
    public async Task<(Instrument? Instrument, IReadOnlyList<InstrumentProblem> Problems)> ImportAsync(string json, Guid? userId, CancellationToken ct)
    {
        if (json.Length > InstrumentParser.MaximumBytes)
        {
            return (null, [new("The file is larger than {0} bytes.", InstrumentParser.MaximumBytes)]);
        }

        var (instrument, problems) = InstrumentParser.Parse(json);
        if (instrument is null)
        {
            return (null, problems);
        }

        if ((await AllAsync(ct)).Any(i => i.Key == instrument.Key))
        {
            return (null, [new("The instrument \"{0}\" version {1} already exists. Give the file a new version.", instrument.Id, instrument.Version)]);
        }

        db.Add(new InstrumentFile(instrument.Id, instrument.Version, json, userId, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return (instrument, []);
    }

    private static List<Instrument> LoadShipped()
    {
        var assembly = typeof(InstrumentCatalog).Assembly;
        var list = new List<Instrument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var (instrument, problems) = InstrumentParser.Parse(reader.ReadToEnd());
            if (instrument is null)
            {
                throw new InvalidDataException($"The shipped instrument {name} is not valid: {string.Join(" ", problems)}");
            }

            list.Add(instrument);
        }

        return list;
    }

    private sealed class VersionOrder : IComparer<string>
    {
        public static readonly VersionOrder Instance = new();

        public int Compare(string? x, string? y)
            => System.Version.TryParse(x, out var a) && System.Version.TryParse(y, out var b) ? a.CompareTo(b) : string.CompareOrdinal(x, y);
    }
}
