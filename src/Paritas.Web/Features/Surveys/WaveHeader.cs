namespace Paritas.Web.Features.Surveys;

public sealed record WaveHeader(Guid Id, Guid SurveyId, string SurveyTitle, Guid? ChangeId, WaveKind Kind, string Label, WaveStatus Status, DateOnly OpensOn, DateOnly? ClosesOn, DateOnly? ClosedOn);
