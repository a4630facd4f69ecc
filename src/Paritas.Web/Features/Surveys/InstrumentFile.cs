namespace Paritas.Web.Features.Surveys;

/// <summary>
/// An instrument an administrator imported (for example a licensed official questionnaire).
/// Platform-wide like the shipped ones: an instrument holds questions, never answers.
/// </summary>
public sealed class InstrumentFile
{
    private InstrumentFile()
    {
    }

    public InstrumentFile(string instrumentId, string version, string json, Guid? importedByUserId, DateTimeOffset importedAt)
    {
        Id = Guid.NewGuid();
        InstrumentId = instrumentId;
        Version = version;
        Json = json;
        ImportedByUserId = importedByUserId;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }

    public string InstrumentId { get; private set; } = "";

    public string Version { get; private set; } = "";

    public string Json { get; private set; } = "";

    public Guid? ImportedByUserId { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }
}
