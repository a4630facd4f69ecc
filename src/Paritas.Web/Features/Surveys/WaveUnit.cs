namespace Paritas.Web.Features.Surveys;

public sealed record WaveUnit(Guid Id, string Code, string Name, string? ParentCode, int Headcount);
