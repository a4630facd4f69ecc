namespace Paritas.Web.Features.Assessments;

public sealed record AnswerView(string OptionKey, string? Comment);
