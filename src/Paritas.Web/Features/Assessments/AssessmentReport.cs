using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>Everything about one assessment version that a given reader may see: pages, API, DOCX and print read this.</summary>
public sealed record AssessmentReport(
    Guid Id,
    Guid ChangeId,
    string ChangeTitle,
    ChangeStage ChangeStage,
    AssessmentKind Kind,
    int Number,
    AssessmentStatus Status,
    AssessmentInstrument Instrument,
    DateTimeOffset StartedAt,
    DateTimeOffset? SignedAt,
    string? AmendmentReason,
    Side? ReaderSide,
    AssessmentSheet Employer,
    AssessmentSheet Workers,
    IReadOnlyList<AssessmentReport.ConclusionView> Conclusions,
    IReadOnlyList<AssessmentReport.DissentView> Dissents,
    IReadOnlyList<AssessmentReport.SignatureView> Signatures,
    AssessmentReport.PriorView? ExAnte,
    IReadOnlyList<AssessmentReport.VersionView> Versions,
    Guid Version)
{
    public bool IsLocked => Status != AssessmentStatus.Draft;

    public bool BothShared => Employer.Shared && Workers.Shared;

    /// <summary>Side by side only when both sides' answers are visible to this reader.</summary>
    public bool Comparable => Employer.Visible && Workers.Visible && BothShared;

    public AssessmentSheet Sheet(Side side) => side == Side.Employer ? Employer : Workers;

    public ConclusionView? Conclusion(string sectionKey) => Conclusions.FirstOrDefault(c => c.SectionKey == sectionKey);

    public SignatureView? Signature(Side side) => Signatures.FirstOrDefault(s => s.Side == side);

    /// <summary>Where the sides answered differently (or one has not answered), once both are visible.</summary>
    public bool Differs(string questionKey) => Comparable && Employer[questionKey]?.OptionKey != Workers[questionKey]?.OptionKey;

    public int Differences => Comparable ? Instrument.Questions.Count(q => Differs(q.Key)) : 0;

    public sealed record ConclusionView(string SectionKey, string Text, string? OutcomeDifference, DateTimeOffset RecordedAt, string? By);

    public sealed record DissentView(Side Side, string? SectionKey, string Text, DateTimeOffset RecordedAt, string? By);

    public sealed record SignatureView(Side Side, string Name, DateTimeOffset SignedAt);

    public sealed record VersionView(Guid Id, int Number, AssessmentStatus Status, DateTimeOffset StartedAt, DateTimeOffset? SignedAt, string? AmendmentReason);

    /// <summary>The co-signed ex-ante answers an ex-post assessment is read against.</summary>
    public sealed record PriorView(Guid Id, int Number, AssessmentSheet Employer, AssessmentSheet Workers, IReadOnlyList<ConclusionView> Conclusions);
}
